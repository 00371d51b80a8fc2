package org.dyad.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file:}) without a process per file. Without Hadoop's native library (which
 * Maven Central does not ship), {@link RawLocalFileSystem} sets the permissions of every file and directory it
 * creates by running {@code chmod} in a child process. Forking a JVM that holds CoreNLP's 1.5 GB costs tens of
 * milliseconds, and a Parquet write partitioned by month creates a dozen files and directories per month: on the
 * VOA corpus that was 2–3 s of a 15 s local run, spent idle, whatever the number of cores. This sets the same
 * permissions through java.nio instead. Used by local mode only ({@code spark.hadoop.fs.file.impl}); on a
 * cluster the output goes to HDFS or an object store and this class is not involved.
 */
public final class ForklessLocalFileSystem extends LocalFileSystem {
    public ForklessLocalFileSystem() {
        super(new Raw());
    }

    static final class Raw extends RawLocalFileSystem {
        @Override
        public void setPermission(Path p, FsPermission permission) throws IOException {
            java.nio.file.Path file = pathToFile(p).toPath();
            try {
                Files.setPosixFilePermissions(file, posix(permission.toShort()));
            } catch (UnsupportedOperationException notPosix) {
                super.setPermission(p, permission);
            }
        }

        /** The low nine bits of a Unix mode as java.nio permissions (sticky and set-id bits are not used here). */
        static Set<PosixFilePermission> posix(int mode) {
            Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] bits = {
                PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
            for (int i = 0; i < bits.length; i++) {
                if ((mode & (1 << i)) != 0) set.add(bits[i]);
            }
            return set;
        }
    }
}
