package dev.gonogo.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a folder with its bytes and modification time: equal snapshots mean nothing was written,
 * added, removed or even touched.
 */
public record FolderSnapshot(Map<String, Entry> files) {

    /** One file's content and modification time. */
    public record Entry(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Entry entry && Arrays.equals(bytes, entry.bytes) && modified.equals(entry.modified);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(bytes) + modified.hashCode();
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, modified " + modified;
        }
    }

    public static FolderSnapshot of(Path folder) {
        Map<String, Entry> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                String name = folder.relativize(path).toString();
                if (Files.isRegularFile(path)) {
                    files.put(name, new Entry(Files.readAllBytes(path), Files.getLastModifiedTime(path)));
                } else {
                    files.put(name + "/", new Entry(new byte[0], FileTime.fromMillis(0)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderSnapshot(files);
    }
}
