package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.chat.dialog.DialogState;
import club.lasertag.crm.telegram.UseCases;
import club.lasertag.crm.telegram.chat.Button;
import club.lasertag.crm.telegram.chat.Callback;
import club.lasertag.crm.telegram.chat.Html;
import club.lasertag.crm.telegram.chat.Screen;
import club.lasertag.crm.telegram.chat.Texts;
import club.lasertag.crm.telegram.chat.Turn;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finding clients by what a manager types: a phone in any format, digits of one, or parts of a name. Results
 * are buttons, a page at a time. The query travels in the paging buttons' data when it fits in Telegram's 64
 * bytes; a longer one is kept in the chat's dialog state and the buttons carry a short hash of it, so a button
 * of an older search cannot page through a newer one.
 */
final class ClientSearch {

    static final String FLOW = "client.search";
    static final int PER_PAGE = 8;
    private static final String STEP = "results";
    private static final String QUERY = "q";
    private static final int MAX_PAGE = 9_999;

    private final UseCases useCases;
    private final ClientCard cards;

    ClientSearch(UseCases useCases, ClientCard cards) {
        this.useCases = useCases;
        this.cards = cards;
    }

    /** {@code /client} with or without a query, or text typed outside a dialog. */
    void start(Turn turn, String typed) {
        String query = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            turn.replies().send(Screen.builder(turn.t("clients.prompt"))
                    .row(Buttons.newClient(turn), Buttons.cancel(turn))
                    .build());
            return;
        }
        Optional<Phone> phone = useCases.phoneNumbers().tryParse(query);
        List<Client> found = find(turn, query, 0);
        if (phone.isPresent() && found.size() == 1 && found.get(0).profile().hasPhone(phone.get())) {
            cards.show(turn, found.get(0), "");
            return;
        }
        rememberIfLong(turn, query);
        turn.replies().show(results(turn, query, 0, found));
    }

    /** A paging button: {@code find:<page>:<query>} or {@code finds:<page>:<hash>}. */
    void page(Turn turn, Callback callback) {
        Optional<Integer> page = callback.arg(0).filter(arg -> arg.matches("\\d{1,4}")).map(Integer::valueOf);
        Optional<String> query = "find".equals(callback.action())
                ? inlineQuery(callback)
                : callback.arg(1).flatMap(hash -> remembered(turn, hash));
        if (page.isEmpty() || query.isEmpty()) {
            turn.replies().notice(turn.t("button.stale"));
            return;
        }
        turn.replies().show(results(turn, query.get(), page.get(), find(turn, query.get(), page.get())));
    }

    /** The query carried after the page number; it may contain the separator itself. */
    private static Optional<String> inlineQuery(Callback callback) {
        List<String> args = callback.args();
        return args.size() < 2 ? Optional.empty()
                : Optional.of(String.join(":", args.subList(1, args.size()))).filter(query -> !query.isBlank());
    }

    /** The query of the chat's last long search, if {@code hash} is its hash. */
    Optional<String> remembered(Turn turn, String hash) {
        return turn.dialog()
                .filter(state -> FLOW.equals(state.flow()))
                .map(DialogState::answers)
                .map(answers -> answers.get(QUERY))
                .filter(query -> hashOf(query).equals(hash));
    }

    /** One page and one client more, to know whether there is a next page. */
    private List<Client> find(Turn turn, String query, int page) {
        return useCases.findClients().find(query, new Page(page * PER_PAGE, PER_PAGE + 1), turn.actor());
    }

    private Screen results(Turn turn, String query, int page, List<Client> found) {
        String echo = Html.escape(Texts.echo(query));
        if (found.isEmpty() && page == 0) {
            return Screen.builder(turn.t("clients.search.none", echo))
                    .row(new Button(turn.t("clients.button.new"), newClientData(query)))
                    .row(Buttons.cancel(turn))
                    .build();
        }
        String title = found.isEmpty() ? turn.t("clients.search.noMore", echo)
                : turn.t("clients.search.found", echo) + (page > 0 ? " " + turn.t("clients.search.page", page + 1) : "");
        List<Button> navigation = new ArrayList<>();
        if (page > 0) {
            navigation.add(new Button(turn.t("clients.button.prev"), pageData(query, page - 1)));
        }
        if (found.size() > PER_PAGE && page < MAX_PAGE) {
            navigation.add(new Button(turn.t("clients.button.next"), pageData(query, page + 1)));
        }
        return Screen.builder(title)
                .grid(found.stream().limit(PER_PAGE).map(Buttons::client).toList(), 1)
                .row(navigation)
                .row(Buttons.newClient(turn))
                .build();
    }

    private static String pageData(String query, int page) {
        return fitsInData(query) ? Callback.data(Buttons.PREFIX, "find", page, query)
                : Callback.data(Buttons.PREFIX, "finds", page, hashOf(query));
    }

    /** "Add this client", pre-filled from the query. */
    private static String newClientData(String query) {
        return fitsInData(query) ? Callback.data(Buttons.PREFIX, "new", query)
                : Callback.data(Buttons.PREFIX, "news", hashOf(query));
    }

    private static void rememberIfLong(Turn turn, String query) {
        if (!fitsInData(query)) {
            turn.ask(FLOW, STEP, Map.of(QUERY, query));
        } else if (turn.dialog().filter(state -> FLOW.equals(state.flow())).isPresent()) {
            turn.endDialog();
        }
    }

    /** Whether the query fits in the longest data that carries it, on one line. */
    private static boolean fitsInData(String query) {
        String longest = Callback.data(Buttons.PREFIX, "find", MAX_PAGE, query);
        return longest.getBytes(StandardCharsets.UTF_8).length <= Button.MAX_DATA_BYTES
                && query.chars().noneMatch(Character::isISOControl);
    }

    private static String hashOf(String query) {
        return Integer.toHexString(query.hashCode());
    }
}
