package club.lasertag.crm.telegram.chat;

/**
 * What kind of update it is, for the log and the metrics, without anything a person typed: {@code message} (text),
 * a declared command by its name ({@code /client}; {@code /unknown} for any other, which may be typed text),
 * {@code callback} (a button) or {@code other}.
 */
public final class UpdateKind {

    static final String UNKNOWN_COMMAND = "/unknown";

    private UpdateKind() {
    }

    public static String of(Incoming incoming, CommandCatalog commands) {
        Incoming.Content content = incoming.content();
        if (content instanceof Incoming.Command command) {
            return commands.named(command.name()).map(declared -> "/" + declared.name()).orElse(UNKNOWN_COMMAND);
        }
        if (content instanceof Incoming.Text) {
            return "message";
        }
        if (content instanceof Incoming.Press) {
            return "callback";
        }
        return "other";
    }
}
