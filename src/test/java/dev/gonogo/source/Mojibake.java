package dev.gonogo.source;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.charset.Charset;

/** Produces mojibake the way editors do, to test its repair: UTF-8 read in a single-byte charset, saved as UTF-8. */
final class Mojibake {
    private Mojibake() {
    }

    /**
     * The bytes a tool writes after reading {@code clean}'s UTF-8 as {@code charsetName}. Bytes the charset leaves
     * undefined become the C1 control of the same number, as Windows' converters do.
     */
    static byte[] of(String clean, String charsetName) {
        return misread(clean.getBytes(UTF_8), charsetName).getBytes(UTF_8);
    }

    static String misread(byte[] bytes, String charsetName) {
        Charset charset = Charset.forName(charsetName);
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            char decoded = new String(new byte[] {(byte) b}, charset).charAt(0);
            table[b] = decoded == '\uFFFD' ? (char) b : decoded;
        }
        char[] text = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            text[i] = table[bytes[i] & 0xFF];
        }
        return new String(text);
    }
}
