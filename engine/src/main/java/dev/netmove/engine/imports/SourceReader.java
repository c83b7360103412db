package dev.netmove.engine.imports;

import java.nio.file.Path;

/**
 * Reads one kind of source (the key of an {@code import:} entry: {@code netbox}, {@code configs},
 * {@code lldp}, {@code rvtools}, {@code govc}) into a partial topology document. A reader writes
 * names as its source spells them (the merge normalises them once) and never fails on one bad row:
 * it reports it and reads the rest. A reader that takes options from its {@code import:} entry
 * ({@code dialect: nxos}) gets them when it is built ({@link SourceReaders.Factory}), not here.
 */
public interface SourceReader {

    /** The key of the {@code import:} entry this reader serves. */
    String kind();

    /**
     * Reads the source.
     *
     * @param source the file or folder, already resolved and checked to lie inside the project
     * @param shown the same path as the user should see it in messages (relative to the project)
     * @param rules the topology file's {@code importRules}
     * @throws SourceException when the source as a whole cannot be read (missing, another tool's shape)
     */
    SourceResult read(Path source, String shown, ImportRules rules);
}
