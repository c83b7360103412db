package dev.netmove.engine.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The largest source file netmove reads, by kind: generous (a NetBox export of 100,000 VMs is about 200 MB, the
 * RVTools CSV folder of the same data center about 50 MB), but bounded, so that a file that is not what it says it
 * is (a 4 GiB cell, a table of millions of rows) is refused at once by its size, naming the file, its size and the
 * limit, instead of filling the memory. {@value #PROPERTY} (MiB) raises or lowers every limit at once.
 */
public enum SourceLimits {

    /** A saved NetBox list endpoint: streamed, only the fields netmove reads kept. */
    NETBOX_JSON("a saved NetBox list", 2048),
    /** One RVTools "Export all to csv" sheet: streamed row by row. */
    RVTOOLS_CSV("an RVTools CSV sheet", 512),
    /** The RVTools .xlsx workbook (zipped); each part unzipped is held to {@link #XLSX_PART_MIB}. */
    RVTOOLS_XLSX("an RVTools .xlsx workbook", 512),
    /** A neighbour table (CSV or JSON): read whole. */
    LLDP("an LLDP neighbour table", 64),
    /** One govc JSON file: read whole. */
    GOVC_JSON("a govc JSON file", 512),
    /** One device's running-config: read whole. */
    CONFIG("a device configuration", 16);

    /** The system property ({@code -Dnetmove.import.maxFileSize=<MiB>}) that sets every limit at once. */
    public static final String PROPERTY = "netmove.import.maxFileSize";
    /** The largest part of an .xlsx workbook unzipped (a sheet's XML), MiB, unless {@value #PROPERTY} is set. */
    public static final long XLSX_PART_MIB = 2048;
    /** The longest text of one .xlsx cell, in bytes of its XML (Excel itself keeps at most 32,767 characters). */
    public static final int XLSX_CELL_BYTES = 1 << 20;

    private static final long MIB = 1L << 20;

    private final String what;
    private final long mib;

    SourceLimits(String what, long mib) {
        this.what = what;
        this.mib = mib;
    }

    /** The limit in bytes: {@value #PROPERTY} when set to a whole number of MiB, else the kind's own. */
    public long bytes() {
        return mebibytes() * MIB;
    }

    private long mebibytes() {
        Long set = property();
        return set != null ? set : mib;
    }

    /** {@value #PROPERTY} as MiB, or null when unset. */
    public static Long property() {
        String set = System.getProperty(PROPERTY);
        if (set == null || set.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(set.strip());
            if (value > 0 && value < Long.MAX_VALUE / MIB) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new SourceException("-D" + PROPERTY + "=" + set, "found no whole number of MiB; expected the largest"
                + " source file to read in MiB, such as 4096");
    }

    /**
     * Refuses {@code file} when it is larger than this kind's limit.
     *
     * @throws SourceException naming the file, its size, the limit and how to raise it
     */
    public void check(Path file, String shown) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // the reader says why it cannot read the file
        }
        if (size > bytes()) {
            throw tooLarge(shown, size);
        }
    }

    /** The error for a file (or, for .xlsx, an unzipped part) of {@code size} bytes over this limit. */
    public SourceException tooLarge(String shown, long size) {
        return new SourceException(shown, "is " + size(size) + ", more than the " + mebibytes() + " MiB netmove reads"
                + " as " + what + "; expected the file as its tool wrote it (check that it is the right file);"
                + " if it is, raise the limit with -D" + PROPERTY + "=<MiB>");
    }

    /** {@code 132.0 MiB}, {@code 4.0 GiB}, {@code 512 bytes}. */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < MIB) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        if (bytes < 1024 * MIB) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        }
        return String.format(Locale.ROOT, "%.1f GiB", bytes / (1024.0 * MIB));
    }
}
