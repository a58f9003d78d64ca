package vn.loa.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import vn.loa.i18n.Messages;

/**
 * A command line picocli cannot read (a missing parameter, an unknown option or command): the problem in the
 * language of the messages, then the command's usage, exit 1. Other picocli errors keep picocli's own words.
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    private final Messages messages;

    UsageErrors(Messages messages) {
        this.messages = messages;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("loa: " + describe(e));
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            err.println(messages.get("cli.usage.did_you_mean", String.join(", ", unmatched.getSuggestions())));
        } else {
            cli.usage(err);
        }
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    private String describe(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return messages.get("cli.usage.missing", missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> given = unmatched.getUnmatched();
            boolean option = !given.isEmpty() && given.get(0).startsWith("-");
            return messages.get(option ? "cli.usage.unknown_option" : "cli.usage.unknown_argument", String.join(" ", given));
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName()
                : "'" + ((PositionalParamSpec) arg).paramLabel() + "'";
    }
}
