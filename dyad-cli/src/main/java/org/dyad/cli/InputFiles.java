package org.dyad.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The input files of a command that reads documents: '-' or none reads stdin, a directory stands for its files. */
final class InputFiles {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Input files; '-' or none reads stdin.")
    List<String> files = new ArrayList<>();
}
