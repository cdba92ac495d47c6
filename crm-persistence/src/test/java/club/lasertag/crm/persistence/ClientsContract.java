package club.lasertag.crm.persistence;

import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.InvalidInput;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.port.in.SaveClient;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.service.ClientService;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.testing.InMemoryOrders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link Clients} does: the in-memory fake, SQLite and PostgreSQL alike. */
abstract class ClientsContract {

    private static final Page FIRST_TEN = Page.first(10);

    abstract Clients clients();

    @Test
    void roundTripsEveryField() {
        ClientProfile profile = aClient().surname("Иванов").name("Пётр").midname("Сергеевич")
                .phone("+79991112233").secondPhone("+79994445566").description("любит лес\nи пейнтбол")
                .leadSource("ВКонтакте").build();

        Client added = clients().add(profile);

        assertThat(added.profile()).isEqualTo(profile);
        assertThat(clients().byId(added.id())).contains(added);
    }

    @Test
    void anEmptySecondPhoneAndEmptyTextsRoundTrip() {
        ClientProfile profile = new ClientProfile("", "Аня", "", new Phone("+79990000001"), Optional.empty(), "", "");

        Client added = clients().add(profile);

        Client read = clients().byId(added.id()).orElseThrow();
        assertThat(read.profile().secondPhone()).isEmpty();
        assertThat(read.profile()).isEqualTo(profile);
    }

    @Test
    void givesEachClientItsOwnId() {
        Client first = clients().add(aClient().build());
        Client second = clients().add(aClient().build());

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(clients().byId(new ClientId(Math.max(first.id().value(), second.id().value()) + 1000))).isEmpty();
    }

    @Test
    void anIdBeyondTheIntColumnIsNobodys() {
        Client stored = clients().add(aClient().build());
        ClientId forged = new ClientId(Integer.MAX_VALUE + 1L + stored.id().value());

        assertThat(clients().byId(forged)).isEmpty();
        clients().delete(forged);
        assertThat(clients().byId(stored.id())).contains(stored);
    }

    @Test
    void updateReplacesTheProfile() {
        Client client = clients().add(aClient().surname("Петров").build());
        ClientProfile changed = client.profile().withSurname("Сидоров").withSecondPhone(Optional.of(new Phone("+79995550000")))
                .withDescription("новый").withLeadSource("сайт");

        clients().update(new Client(client.id(), changed));

        assertThat(clients().byId(client.id()).orElseThrow().profile()).isEqualTo(changed);
        assertThat(clients().withNameWords(List.of("сидоров"), FIRST_TEN)).extracting(Client::id).containsExactly(client.id());
        assertThat(clients().withNameWords(List.of("петров"), FIRST_TEN)).isEmpty();
    }

    @Test
    void deleteRemovesTheClient() {
        Client client = clients().add(aClient().build());

        clients().delete(client.id());

        assertThat(clients().byId(client.id())).isEmpty();
        assertThat(clients().byMainPhone(client.phone())).isEmpty();
    }

    @Test
    void findsTheOwnerOfAMainPhone() {
        Client client = clients().add(aClient().phone("+79991230001").secondPhone("+79991230002").build());
        clients().add(aClient().phone("+79991230003").build());

        assertThat(clients().byMainPhone(new Phone("+79991230001"))).contains(client);
        assertThat(clients().byMainPhone(new Phone("+79991230002"))).as("a second phone").isEmpty();
        assertThat(clients().byMainPhone(new Phone("+79991230009"))).isEmpty();
    }

    @Test
    void severalClientsMayShareASecondPhone() {
        Client son = clients().add(aClient().surname("Петров").name("Гоша").phone("+79991230001")
                .secondPhone("+79991239999").build());
        Client daughter = clients().add(aClient().surname("Петрова").name("Аня").phone("+79991230002")
                .secondPhone("+79991239999").build());
        Client parent = clients().add(aClient().surname("Петрова").name("Ольга").phone("+79991239999").build());
        Client other = clients().add(aClient().surname("Сидоров").phone("+79991230003").build());

        assertThat(clients().withPhone(new Phone("+79991239999"), FIRST_TEN)).as("the main phone's owner first, then by name")
                .containsExactly(parent, son, daughter);
        assertThat(clients().withPhone(new Phone("+79991239999"), new Page(2, 10))).containsExactly(daughter);
        assertThat(clients().withPhone(new Phone("+79991230003"), FIRST_TEN)).containsExactly(other);
        assertThat(clients().withPhone(new Phone("+79991230009"), FIRST_TEN)).isEmpty();
        clients().update(new Client(other.id(), other.profile().withSecondPhone(Optional.of(new Phone("+79991239999")))));
        assertThat(clients().withPhone(new Phone("+79991239999"), FIRST_TEN)).hasSize(4);
    }

    @Test
    void refusesASecondClientWithTheSamePhone() {
        clients().add(aClient().phone("+79991230001").build());

        assertThatThrownBy(() -> clients().add(aClient().phone("+79991230001").build()))
                .isInstanceOf(Clients.PhoneAlreadyStored.class);
    }

    @Test
    void refusesAnUpdateToAnotherClientsPhone() {
        clients().add(aClient().phone("+79991230001").build());
        Client other = clients().add(aClient().phone("+79991230002").build());

        assertThatThrownBy(() -> clients().update(new Client(other.id(), other.profile().withPhone(new Phone("+79991230001")))))
                .isInstanceOf(Clients.PhoneAlreadyStored.class);
        assertThat(clients().byId(other.id())).contains(other);
    }

    @Test
    void managersAddingTheSamePhoneAtOnceGetOneClientAndPhoneTakenForTheRest() throws Exception {
        StaffId admin = new StaffId(2);
        AccessPolicy access = new AccessPolicy(Set.of(admin), id -> Optional.empty());
        ClientService service = new ClientService(clients(), new InMemoryOrders(), PhoneNumbers.russian(), Clock.systemUTC(),
                access, new club.lasertag.crm.domain.testing.InMemoryAuditLog());
        int threads = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SaveClient.ClientSaved>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                ClientProfile profile = aClient().name("Клиент" + i).phone("+79997776655").build();
                results.add(pool.submit(() -> {
                    start.await();
                    return service.add(profile, admin);
                }));
            }
            start.countDown();
            List<SaveClient.ClientSaved> outcomes = new ArrayList<>();
            for (Future<SaveClient.ClientSaved> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(SaveClient.ClientSaved.Saved.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(SaveClient.ClientSaved.PhoneTaken.class::isInstance).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nameSearchIsCaseInsensitiveForCyrillicAndLatin() {
        Client ivanov = clients().add(aClient().surname("Иванов").name("Пётр").midname("").build());
        Client smith = clients().add(aClient().surname("Smith").name("John").midname("").build());

        assertThat(byName("иван")).containsExactly(ivanov);
        assertThat(byName("ИВАН")).containsExactly(ivanov);
        assertThat(byName("петр")).containsExactly(ivanov);
        assertThat(byName("пётр")).containsExactly(ivanov);
        assertThat(byName("SMI")).containsExactly(smith);
        assertThat(byName("ohn")).containsExactly(smith);
        assertThat(byName("сидор")).isEmpty();
    }

    @Test
    void nameSearchNeedsEveryWordInAnyOrder() {
        Client petr = clients().add(aClient().surname("Иванов").name("Пётр").midname("Сергеевич").build());
        Client anna = clients().add(aClient().surname("Иванова").name("Анна").midname("").build());

        assertThat(byName("иванов петр")).containsExactly(petr);
        assertThat(byName("петр иванов")).containsExactly(petr);
        assertThat(byName("иванов")).containsExactly(petr, anna);
        assertThat(byName("иванов ольга")).isEmpty();
        assertThat(clients().withNameWords(List.of(), FIRST_TEN)).containsExactly(petr, anna);
    }

    @Test
    void likeWildcardsInWordsMatchLiterally() {
        Client percent = clients().add(aClient().surname("").name("100%_скидка").midname("").build());
        clients().add(aClient().surname("Иванов").name("Пётр").build());

        assertThat(byName("%")).containsExactly(percent);
        assertThat(byName("_")).containsExactly(percent);
        assertThat(byName("0%_с")).containsExactly(percent);
        assertThat(byName("!")).isEmpty();
    }

    @Test
    void ordersBySurnameAndNameThenId() {
        Client yakovlev = clients().add(aClient().surname("Яковлев").name("Ян").midname("").build());
        Client ivanovB = clients().add(aClient().surname("Иванов").name("Борис").midname("").build());
        Client abramov = clients().add(aClient().surname("Абрамов").name("Олег").midname("").build());
        Client ivanovA = clients().add(aClient().surname("Иванов").name("Андрей").midname("").build());
        Client ivanovA2 = clients().add(aClient().surname("иванов").name("андрей").midname("").build());
        Client latin = clients().add(aClient().surname("Adams").name("Zed").midname("").build());

        assertThat(clients().withNameWords(List.of(), FIRST_TEN))
                .containsExactly(latin, abramov, ivanovA, ivanovA2, ivanovB, yakovlev);
        assertThat(clients().withNameWords(List.of(), new Page(2, 2))).containsExactly(ivanovA, ivanovA2);
        assertThat(clients().withNameWords(List.of(), new Page(6, 2))).isEmpty();
    }

    @Test
    void phoneSearchFindsDigitFragmentsInEitherPhone() {
        Client first = clients().add(aClient().surname("Борисов").phone("+79161234567").build());
        Client second = clients().add(aClient().surname("Антонов").phone("+79031112233").secondPhone("+79164567890").build());
        clients().add(aClient().surname("Васильев").phone("+79030000000").build());

        assertThat(clients().withPhoneDigits("4567", FIRST_TEN)).containsExactly(second, first);
        assertThat(clients().withPhoneDigits("7916123", FIRST_TEN)).containsExactly(first);
        assertThat(clients().withPhoneDigits("1112233", FIRST_TEN)).containsExactly(second);
        assertThat(clients().withPhoneDigits("55555", FIRST_TEN)).isEmpty();
        assertThat(clients().withPhoneDigits("4567", new Page(1, 1))).containsExactly(first);
    }

    @Test
    void pagesThroughManyMatches() {
        List<Client> added = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            added.add(clients().add(aClient().surname(String.format("Фамилия%02d", i)).name("Имя").build()));
        }

        List<Client> all = new ArrayList<>();
        for (Page page = Page.first(10); ; page = page.next()) {
            List<Client> slice = clients().withNameWords(List.of("фамилия"), page);
            all.addAll(slice);
            if (slice.size() < page.limit()) {
                break;
            }
        }

        assertThat(all).containsExactlyElementsOf(added);
    }

    @Test
    void storesHostileTextVerbatim() {
        ClientProfile profile = aClient().surname("O'Brien").name("\"Bobby\" 😀🎉").midname("back\\slash")
                .description("'; DROP TABLE crm_clients; -- Robert'); DELETE FROM crm_orders;--")
                .leadSource("<b>&amp;</b> %_").build();

        Client added = clients().add(profile);

        assertThat(clients().byId(added.id()).orElseThrow().profile()).isEqualTo(profile);
        assertThat(byName("o'brien")).containsExactly(added);
        assertThat(byName("😀🎉")).containsExactly(added);
        assertThat(byName("\"bobby\"")).containsExactly(added);
        assertThat(clients().add(aClient().build()).id()).isNotNull(); // the table is intact
    }

    @Test
    void longestAllowedTextsFit() {
        String twenty = "Ж".repeat(ClientProfile.NAME_MAX);
        ClientProfile profile = aClient().surname(twenty).name("😀".repeat(ClientProfile.NAME_MAX)).midname(twenty)
                .description("д".repeat(ClientProfile.DESCRIPTION_MAX)).leadSource("l".repeat(ClientProfile.LEAD_SOURCE_MAX))
                .build();

        Client added = clients().add(profile);

        assertThat(clients().byId(added.id()).orElseThrow().profile()).isEqualTo(profile);
    }

    @Test
    void nulBytesAndOverlongTextNeverReachTheStore() {
        assertThatThrownBy(() -> aClient().name("Ив\u0000ан").build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem()).isEqualTo(InvalidInput.Problem.CONTROL_CHARACTERS));
        assertThatThrownBy(() -> aClient().description("x".repeat(4096)).build())
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problem()).isEqualTo(InvalidInput.Problem.TOO_LONG));

        assertThat(clients().withNameWords(List.of(), FIRST_TEN)).isEmpty();
    }

    /**
     * No stored text has control characters (C0, C1) or lone surrogates: in a name word they separate words, as a
     * space does; in a phone fragment they are dropped. Whatever else is typed, FTS5 and LIKE syntax included, is
     * searched for literally and never fails.
     */
    @Test
    void searchesWithControlCharactersLoneSurrogatesAndQuerySyntaxNeverFail() {
        Client ivanov = clients().add(aClient().surname("Иванов").name("Пётр").midname("").phone("+79161234567").build());
        Client obrien = clients().add(aClient().surname("O'Brien").name("\"Bob\" NEAR(x)*^").midname("").build());

        assertThat(byName("ив\u0000ан")).containsExactly(ivanov);
        assertThat(byName("иванов\u0001петр")).containsExactly(ivanov);
        assertThat(byName("\u0000иван\u0085\u007Fпетр\u009F")).containsExactly(ivanov);
        assertThat(byName("ива\uD800нов")).containsExactly(ivanov);
        assertThat(byName("\uDC00иванов\uD800")).containsExactly(ivanov);
        assertThat(byName("иван\u0000сидор")).isEmpty();
        assertThat(byName("\u0000")).as("nothing left to search for").containsExactly(obrien, ivanov);
        assertThat(byName("o'brien")).containsExactly(obrien);
        assertThat(byName("\"bob\"")).containsExactly(obrien);
        assertThat(byName("near(x)*^")).containsExactly(obrien);
        assertThat(byName("\"bob\u0000near(")).containsExactly(obrien);
        assertThat(clients().withPhoneDigits("123\u00004567", FIRST_TEN)).containsExactly(ivanov);
        assertThat(clients().withPhoneDigits("\uD800916", FIRST_TEN)).containsExactly(ivanov);
        for (String query : List.of("\u0000", "\u0000\u0000\u0000", "abc\u0000", "a\u0000bcd", "\u0001\u0002\u0003",
                "\uD800", "\uDFFF\uD800", "ab\uD800c", "'", "''", "\"", "\"\"\"", "abc\"", "*", "***", "abc*", "^", "^abc",
                "NEAR(", "NEAR(abc def)", "near(abc", "abc AND def", "OR", "NOT abc", "-abc", "a:b", "{abc}", "(abc", "\\",
                "%_!", "[abc]", "?ab")) {
            assertThatCode(() -> byName(query)).as("searching %s", query.codePoints().boxed().toList())
                    .doesNotThrowAnyException();
            assertThatCode(() -> clients().withNameWords(List.of(query, query + "ab", "x" + query + "yz"), FIRST_TEN))
                    .as("searching the words %s", query.codePoints().boxed().toList()).doesNotThrowAnyException();
            assertThatCode(() -> clients().withPhoneDigits(query + "123", FIRST_TEN))
                    .as("searching the phones for %s", query.codePoints().boxed().toList()).doesNotThrowAnyException();
        }
        assertThat(byName("^петр")).isEmpty();
        assertThat(byName("петр*")).isEmpty();
    }

    private List<Client> byName(String query) {
        List<String> words = Arrays.stream(Text.searchable(query).split(" ")).filter(w -> !w.isEmpty()).toList();
        return clients().withNameWords(words, FIRST_TEN);
    }

}
