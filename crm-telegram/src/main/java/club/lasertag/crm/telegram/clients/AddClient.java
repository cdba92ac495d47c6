package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Turn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The add-client dialog: one question per field in {@link ClientField} order, the answers kept in the chat's
 * dialog state (so a restart loses nothing), skipped optional fields kept as "". A phone already on file is
 * caught right after it is typed, with the existing card offered instead. Answers already given (pre-filled
 * from the search that found nobody) are not asked again and are listed above each question.
 */
final class AddClient {

    private static final List<ClientField> STEPS = List.of(ClientField.values());
    private static final int MAX_NAME_WORDS = 3;

    private final ClientUseCases useCases;
    private final ClientCard cards;

    AddClient(ClientUseCases useCases, ClientCard cards) {
        this.useCases = useCases;
        this.cards = cards;
    }

    /** Starts the dialog, with what can be read from a search query ("" for none) already filled in. */
    void start(Turn turn, String query) {
        askNext(turn, prefilled(query));
    }

    void onText(Turn turn, DialogState state, String text) {
        Optional<ClientField> field = ClientField.ofCode(state.step());
        if (field.isEmpty()) {
            // A step this version does not know (the bot was updated mid-dialog): ask what is missing.
            askNext(turn, new HashMap<>(state.answers()));
            return;
        }
        answer(turn, state, field.get(), text);
    }

    /** The "skip" button of an optional question. */
    void skip(Turn turn, DialogState state) {
        ClientField.ofCode(state.step()).filter(ClientField::optional).ifPresentOrElse(field -> {
            Map<String, String> answers = new HashMap<>(state.answers());
            answers.put(field.code(), "");
            askNext(turn, answers);
        }, () -> turn.replies().notice(turn.t("button.stale")));
    }

    void answer(Turn turn, DialogState state, ClientField field, String typed) {
        String value;
        try {
            value = field.normalise(typed, useCases.phoneNumbers());
        } catch (InvalidInput problem) {
            ask(turn, state.answers(), field, turn.texts().invalid(problem), List.of());
            return;
        }
        if (field == ClientField.PHONE) {
            // a main phone is one client's; a second phone may be shared (a parent's, for siblings)
            Optional<Client> owner = ownerOf(turn, new Phone(value));
            if (owner.isPresent()) {
                offerExisting(turn, state.answers(), field, owner.get());
                return;
            }
        }
        Map<String, String> answers = new HashMap<>(state.answers());
        answers.put(field.code(), value);
        askNext(turn, answers);
    }

    private void askNext(Turn turn, Map<String, String> answers) {
        Optional<ClientField> next = STEPS.stream().filter(field -> !answers.containsKey(field.code())).findFirst();
        if (next.isPresent()) {
            ask(turn, answers, next.get(), "", List.of());
        } else {
            save(turn, answers);
        }
    }

    private void ask(Turn turn, Map<String, String> answers, ClientField field, String problem, List<Button> extra) {
        turn.ask(ClientFlow.ADD, field, answers);
        List<String> lines = new ArrayList<>();
        if (!problem.isEmpty()) {
            lines.add(problem);
            lines.add("");
        }
        lines.add(Html.bold(turn.t("clients.add.title", STEPS.indexOf(field) + 1, STEPS.size())));
        for (ClientField answered : STEPS) {
            String value = answers.getOrDefault(answered.code(), "");
            if (!value.isEmpty()) {
                lines.add(Questions.label(turn, answered) + ": " + Html.escape(answered.readable(value)));
            }
        }
        lines.add("");
        lines.add(Questions.ask(turn, field));
        Screen.Builder screen = Screen.builder(String.join("\n", lines));
        Questions.answerRows(turn, field).forEach(screen::row);
        screen.row(extra);
        screen.row(field.optional()
                ? List.of(Buttons.of(turn, "clients.button.skip", new ClientAction.Skip(field)), Buttons.cancel(turn))
                : List.of(Buttons.cancel(turn)));
        turn.replies().show(screen.build());
    }

    /** The phone is someone's already: say whose, offer their card, and let the manager type another. */
    private void offerExisting(Turn turn, Map<String, String> answers, ClientField field, Client owner) {
        Map<String, String> without = new HashMap<>(answers);
        without.remove(field.code());
        String taken = turn.t("clients.phoneTaken", Html.escape(owner.fullName()));
        ask(turn, without, field, taken, List.of(Buttons.of(turn, "clients.button.open", new ClientAction.Open(owner.id()))));
    }

    private void save(Turn turn, Map<String, String> answers) {
        ClientSaved saved = useCases.saveClient().add(profileOf(answers), turn.actor());
        if (saved instanceof ClientSaved.Saved done) {
            turn.endDialog();
            cards.show(turn, done.client(), turn.t("clients.added"));
        } else if (saved instanceof ClientSaved.PhoneTaken taken) {
            // Someone saved the same main phone since it was checked: ask for the phone again.
            offerExisting(turn, answers, ClientField.PHONE, taken.owner());
        }
    }

    /** Whoever has the phone as main phone already, exactly as saving would find them. */
    private Optional<Client> ownerOf(Turn turn, Phone phone) {
        return useCases.findClients().byPhone(phone.e164(), turn.actor());
    }

    private static ClientProfile profileOf(Map<String, String> answers) {
        Optional<Phone> second = Optional.ofNullable(answers.get(ClientField.SECOND_PHONE.code()))
                .filter(value -> !value.isEmpty())
                .map(Phone::new);
        return new ClientProfile(
                answers.getOrDefault(ClientField.SURNAME.code(), ""),
                answers.get(ClientField.NAME.code()),
                answers.getOrDefault(ClientField.MIDNAME.code(), ""),
                new Phone(answers.get(ClientField.PHONE.code())),
                second,
                answers.getOrDefault(ClientField.DESCRIPTION.code(), ""),
                answers.getOrDefault(ClientField.FROM.code(), ""));
    }

    /**
     * What a search query says of the client it did not find: a full phone is the phone; up to three words
     * that are not a phone fragment are the surname, name and midname, as managers type them. Nothing when it
     * does not fit a field.
     */
    private Map<String, String> prefilled(String query) {
        Map<String, String> answers = new HashMap<>();
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return answers;
        }
        PhoneNumbers phones = useCases.phoneNumbers();
        Optional<Phone> phone = phones.tryParse(text);
        if (phone.isPresent()) {
            answers.put(ClientField.PHONE.code(), phone.get().e164());
            return answers;
        }
        String[] words = text.split("\\s+");
        if (PhoneNumbers.looksLikePhone(text) || words.length > MAX_NAME_WORDS) {
            return answers;
        }
        List<ClientField> order = List.of(ClientField.SURNAME, ClientField.NAME, ClientField.MIDNAME);
        try {
            for (int i = 0; i < words.length; i++) {
                answers.put(order.get(i).code(), order.get(i).normalise(words[i], phones));
            }
        } catch (InvalidInput notAName) {
            answers.clear();
        }
        return answers;
    }
}
