package club.lasertag.crm.telegram.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feature's callback data: its {@link Action}s encoded as {@code prefix:action:args} within Telegram's 64
 * bytes, and decoded back. Encoding refuses data over the limit (a bug, caught by the codec's tests); decoding
 * never throws, whatever a forged button sends: what is not understood is empty.
 */
public abstract class CallbackCodec<A extends Action> {

    private final String prefix;

    protected CallbackCodec(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    public final String prefix() {
        return prefix;
    }

    /** The action as callback data; at most {@link Button#MAX_DATA_BYTES} bytes or an exception. */
    public final String encode(A action) {
        String data = data(action);
        if (data.getBytes(StandardCharsets.UTF_8).length > Button.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("callback data over " + Button.MAX_DATA_BYTES + " bytes: " + data);
        }
        return data;
    }

    /** Whether the action encodes within the limit, for actions that carry what someone typed. */
    public final boolean fits(A action) {
        return data(action).getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES;
    }

    /** The action the data stands for, if it is this feature's and well formed. */
    public final Optional<A> decode(String data) {
        try {
            return Callback.parse(data).filter(callback -> prefix.equals(callback.prefix())).flatMap(this::read);
        } catch (RuntimeException forged) {
            return Optional.empty();
        }
    }

    /** A button doing {@code action}, needing the action's permission. */
    public final Button button(String label, A action) {
        return new Button(label, encode(action), Optional.of(action.permission()));
    }

    private String data(A action) {
        List<Object> all = new ArrayList<>();
        all.add(prefix);
        all.addAll(parts(action));
        return Callback.data(all.toArray());
    }

    /** The action's name and arguments, after the prefix. */
    protected abstract List<Object> parts(A action);

    /** The action of the parsed data (its prefix already checked). */
    protected abstract Optional<A> read(Callback callback);
}
