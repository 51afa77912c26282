package dev.gonogo.source;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Magic numbers of file types people feed a review tool by mistake, so the error can say what the file is
 * ("a PNG image") instead of only that it is not text.
 */
enum BinarySignature {
    PNG("a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    JPEG("a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    GIF("a GIF image", ascii("GIF8")),
    PDF("a PDF document", ascii("%PDF-")),
    ZIP("a ZIP archive (a .docx, .xlsx or .odt document is one too)", new byte[] {'P', 'K', 3, 4}),
    GZIP("gzip-compressed data", new byte[] {0x1F, (byte) 0x8B}),
    SEVEN_ZIP("a 7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C}),
    OLE("a legacy Microsoft Office document (.doc, .xls)",
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}),
    ELF("an ELF executable", new byte[] {0x7F, 'E', 'L', 'F'}),
    JAVA_CLASS("a Java class file", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});

    private final String description;
    private final byte[] magic;

    BinarySignature(String description, byte[] magic) {
        this.description = description;
        this.magic = magic;
    }

    /** The known binary type the bytes start with, if any. */
    static Optional<BinarySignature> of(byte[] bytes) {
        for (BinarySignature signature : values()) {
            if (signature.matches(bytes)) {
                return Optional.of(signature);
            }
        }
        return Optional.empty();
    }

    /** What the file is, phrased to follow "looks like". */
    String description() {
        return description;
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
