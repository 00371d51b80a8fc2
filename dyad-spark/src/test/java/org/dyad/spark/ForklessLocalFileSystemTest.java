package org.dyad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForklessLocalFileSystemTest {
    @TempDir java.nio.file.Path dir;

    @Test
    void unixModesBecomeTheSamePosixPermissions() {
        assertEquals(PosixFilePermissions.fromString("rwxr-xr-x"), ForklessLocalFileSystem.Raw.posix(0755));
        assertEquals(PosixFilePermissions.fromString("rw-r-----"), ForklessLocalFileSystem.Raw.posix(0640));
        assertEquals(PosixFilePermissions.fromString("---------"), ForklessLocalFileSystem.Raw.posix(0));
    }

    @Test
    void filesAndDirectoriesGetThePermissionsHadoopAsksFor() throws Exception {
        Configuration conf = new Configuration();
        conf.set("fs.file.impl", ForklessLocalFileSystem.class.getName());
        conf.setBoolean("fs.file.impl.disable.cache", true);
        try (FileSystem fs = FileSystem.get(URI.create("file:///"), conf)) {
            assertTrue(fs instanceof ForklessLocalFileSystem);
            Path sub = new Path(dir.toUri().toString(), "year=2021/month=12");
            assertTrue(fs.mkdirs(sub, new FsPermission((short) 0750)));
            Path file = new Path(sub, "part-0.parquet");
            try (OutputStream out = fs.create(file, new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
                out.write("events".getBytes(StandardCharsets.UTF_8));
            }
            java.nio.file.Path local = dir.resolve("year=2021/month=12/part-0.parquet");
            assertEquals("events", Files.readString(local));
            assertEquals(PosixFilePermissions.fromString("rw-r-----"), Files.getPosixFilePermissions(local));
            assertEquals(PosixFilePermissions.fromString("rwxr-x---"),
                    Files.getPosixFilePermissions(dir.resolve("year=2021/month=12")));
        }
    }
}
