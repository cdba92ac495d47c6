package club.lasertag.crm.chat.testing;

import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.chat.dialog.DialogStates;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link DialogStates} in memory, for tests. */
public final class InMemoryDialogStates implements DialogStates {

    private final Map<Long, DialogState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<DialogState> of(long chatId) {
        return Optional.ofNullable(states.get(chatId));
    }

    @Override
    public void save(DialogState state) {
        states.put(state.chatId(), state);
    }

    @Override
    public void clear(long chatId) {
        states.remove(chatId);
    }
}
