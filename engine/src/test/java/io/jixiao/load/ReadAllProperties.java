package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link InputFiles#readAll} gives every byte of a file whatever size its channel claims (the true one, too small
 * for a file that grows while read, 0 for a pipe, too large) and however the reads come (a byte at a time, all at
 * once), and refuses more than the limit with the limit + 1 bytes it read, as reading into a buffer did.
 */
class ReadAllProperties {

    @Property(tries = 2000)
    void everyByteOrTooLarge(@ForAll @Size(max = 300) byte[] content, @ForAll @IntRange(min = -1, max = 400) int claimed,
                             @ForAll @IntRange(min = 1, max = 70) int chunk, @ForAll @IntRange(max = 350) int limit)
            throws IOException {
        long size = claimed < 0 ? content.length : claimed;
        Channel in = new Channel(content, size, chunk);
        if (content.length > limit) {
            assertThatThrownBy(() -> InputFiles.readAll(in, limit, ReadAllProperties::tooLarge))
                    .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.findings().get(0).message())
                            .isEqualTo("read " + (limit + 1)));
        } else {
            assertThat(InputFiles.readAll(in, limit, ReadAllProperties::tooLarge)).isEqualTo(content);
        }
    }

    @Example
    void aFileOfItsSizeIsReadIntoOneArrayOfThatSize(@ForAll @Size(min = 1, max = 64) byte[] content) throws IOException {
        Path file = Files.createTempFile("read-all", ".yaml");
        try {
            Files.write(file, content);
            assertThat(InputFiles.read(file, 1000, ReadAllProperties::tooLarge)).isEqualTo(content);
            assertThatThrownBy(() -> InputFiles.read(file, content.length - 1, ReadAllProperties::tooLarge))
                    .isInstanceOf(KpiException.class);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Finding tooLarge(long read) {
        return new Finding(Severity.ERROR, "KPI-0131", "read " + read, "", Location.UNKNOWN);
    }

    /** Bytes in memory, read at most {@code chunk} at a time, claiming {@code size}. */
    private static final class Channel implements SeekableByteChannel {
        private final byte[] content;
        private final long size;
        private final int chunk;
        private int at;

        Channel(byte[] content, long size, int chunk) {
            this.content = content;
            this.size = size;
            this.chunk = chunk;
        }

        @Override
        public int read(ByteBuffer dst) {
            if (at == content.length) {
                return -1;
            }
            int n = Math.min(Math.min(chunk, dst.remaining()), content.length - at);
            dst.put(content, at, n);
            at += n;
            return n;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long position() {
            return at;
        }

        @Override
        public SeekableByteChannel position(long p) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeekableByteChannel truncate(long s) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isOpen() {
            return true;
        }

        @Override
        public void close() {
        }
    }
}
