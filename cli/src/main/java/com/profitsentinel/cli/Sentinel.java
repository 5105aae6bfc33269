package com.profitsentinel.cli;

import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./sentinel} command. {@link #run(String[], PrintStream, PrintStream)} is the testable entry point; errors
 * become one line on standard error and an exit code from {@link ExitCodes}.
 */
@Command(
        name = "sentinel",
        description = "Finds the profit leaks in a retailer's inventory export.",
        mixinStandardHelpOptions = true,
        versionProvider = Sentinel.Version.class,
        subcommands = {
            AnalyzeCommand.class,
            ExplainCommand.class,
            MapCommand.class,
            RulesCommand.class,
            ServeCommand.class
        })
public final class Sentinel implements Runnable {
    private final PrintStream out;

    private Sentinel(PrintStream out) {
        this.out = out;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(out);
    }

    public static void main(String[] args) {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Output output = new Output(out, err);
        CommandLine commandLine = new CommandLine(new Sentinel(out), new Factory(output));
        commandLine.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            err.println("sentinel: " + exception.getMessage());
            err.println("Run './sentinel " + commandName(exception.getCommandLine()) + "--help' for usage.");
            return ExitCodes.BAD_INPUT;
        });
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            if (exception instanceof ProfitSentinelException error) {
                err.println("sentinel: " + error.getMessage());
                return ExitCodes.of(error.code());
            }
            err.println("sentinel: internal error: " + exception);
            exception.printStackTrace(err);
            return ExitCodes.of(ErrorCode.INTERNAL_ERROR);
        });
        return commandLine.execute(args);
    }

    private static String commandName(CommandLine commandLine) {
        String name = commandLine.getCommandName();
        return name.equals("sentinel") ? "" : name + " ";
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties properties = new Properties();
            try (InputStream stream = Sentinel.class.getResourceAsStream("version.properties")) {
                if (stream != null) {
                    properties.load(stream);
                }
            }
            return new String[] {
                "Profit Sentinel " + properties.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "") + ")"
            };
        }
    }

    /** Creates commands with the shared output. */
    private record Factory(Output output) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AnalyzeCommand.class) {
                return type.cast(new AnalyzeCommand(output));
            }
            if (type == MapCommand.class) {
                return type.cast(new MapCommand(output));
            }
            if (type == ExplainCommand.class) {
                return type.cast(new ExplainCommand(output));
            }
            if (type == RulesCommand.class) {
                return type.cast(new RulesCommand(output));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(output));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
