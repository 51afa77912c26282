package dev.gonogo.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The byte-order marks gonogo recognises at the start of a file, and the encoding each one announces. */
enum ByteOrderMark {
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF);

    private final Charset charset;
    private final int[] signature;

    ByteOrderMark(Charset charset, int... signature) {
        this.charset = charset;
        this.signature = signature;
    }

    /** The mark the bytes start with, if any. */
    static Optional<ByteOrderMark> at(byte[] bytes) {
        for (ByteOrderMark mark : values()) {
            if (mark.matches(bytes)) {
                return Optional.of(mark);
            }
        }
        return Optional.empty();
    }

    Charset charset() {
        return charset;
    }

    int length() {
        return signature.length;
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
