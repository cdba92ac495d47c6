package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.DeleteClient.ClientDeletion;
import club.lasertag.crm.domain.port.in.SaveClient.ClientSaved;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientServiceTest {

    private final TestCrm crm = new TestCrm();
    private final Page page = Page.first(10);

    @Nested
    class Find {

        private final Client ivanov = crm.client(aClient().surname("Иванов").name("Пётр").midname("Сергеевич")
                .phone("+79991234567").secondPhone("+79161112233"));
        private final Client ivanova = crm.client(aClient().surname("Иванова").name("Алёна").midname("")
                .phone("+79261234000"));
        private final Client smith = crm.client(aClient().surname("Smith").name("John").midname("")
                .phone("+79035550000"));

        @ParameterizedTest
        @ValueSource(strings = {"+79991234567", "8 999 123-45-67", "+7 (999) 123 45 67", "9991234567", "+8 999 123 45 67"})
        void byTheFullPhoneInAnyFormat(String query) {
            assertThat(crm.clientService.find(query, page, MANAGER)).containsExactly(ivanov);
        }

        @Test
        void byTheSecondPhone() {
            assertThat(crm.clientService.find("8 916 111-22-33", page, MANAGER)).containsExactly(ivanov);
        }

        @Test
        void byAFragmentOfThreeOrMoreDigits() {
            assertThat(crm.clientService.find("1234", page, MANAGER)).containsExactly(ivanov, ivanova);
            assertThat(crm.clientService.find("555", page, MANAGER)).containsExactly(smith);
            assertThat(crm.clientService.find("111-22", page, MANAGER)).containsExactly(ivanov);
        }

        @Test
        void byTheStartOfAMobileNumberTypedWithEight() {
            assertThat(crm.clientService.find("8 999 12", page, MANAGER)).containsExactly(ivanov);
        }

        @Test
        void twoDigitsAreNotAPhoneFragment() {
            assertThat(crm.clientService.find("12", page, MANAGER)).isEmpty();
        }

        @Test
        void byANameFragmentInAnyCase() {
            assertThat(crm.clientService.find("иван", page, MANAGER)).containsExactly(ivanov, ivanova);
            assertThat(crm.clientService.find("ИВАНОВА", page, MANAGER)).containsExactly(ivanova);
            assertThat(crm.clientService.find("серг", page, MANAGER)).containsExactly(ivanov);
        }

        @Test
        void aPastedWallOfTextIsSearchedByItsBeginning() {
            assertThat(crm.clientService.find("иван ".repeat(5000), page, MANAGER)).containsExactly(ivanov, ivanova);
            assertThat(crm.clientService.find("Иванова " + "ж".repeat(10_000), page, MANAGER)).isEmpty();
        }

        @Test
        void yoAndYeAreTheSame() {
            assertThat(crm.clientService.find("петр", page, MANAGER)).containsExactly(ivanov);
            assertThat(crm.clientService.find("Алена", page, MANAGER)).containsExactly(ivanova);
            assertThat(crm.clientService.find("алёна", page, MANAGER)).containsExactly(ivanova);
        }

        @Test
        void latinNames() {
            assertThat(crm.clientService.find("SMI", page, MANAGER)).containsExactly(smith);
            assertThat(crm.clientService.find("john smith", page, MANAGER)).containsExactly(smith);
        }

        @Test
        void everyWordMustMatch() {
            assertThat(crm.clientService.find("иванов пётр", page, MANAGER)).containsExactly(ivanov);
            assertThat(crm.clientService.find("  Пётр   Иванов ", page, MANAGER)).containsExactly(ivanov);
            assertThat(crm.clientService.find("иванов анна", page, MANAGER)).isEmpty();
        }

        @Test
        void paging() {
            assertThat(crm.clientService.find("иван", new Page(1, 1), MANAGER)).containsExactly(ivanova);
            assertThat(crm.clientService.find("+79991234567", new Page(1, 10), MANAGER)).isEmpty();
        }

        @Test
        void byId() {
            assertThat(crm.clientService.byId(smith.id(), MANAGER)).isEqualTo(smith);
            assertThatThrownBy(() -> crm.clientService.byId(new ClientId(404), MANAGER))
                    .isInstanceOfSatisfying(NotFound.class, e -> {
                        assertThat(e.kind()).isEqualTo("client");
                        assertThat(e.id()).isEqualTo(404);
                    });
        }

        @ParameterizedTest
        @ValueSource(strings = {"+79991234567", "8 999 123-45-67", "+7 (999) 123 45 67", "9991234567"})
        void byPhoneExactlyInAnyFormat(String typed) {
            assertThat(crm.clientService.byPhone(typed, MANAGER)).contains(ivanov);
        }

        @Test
        void byPhoneIsTheMainPhonesOwnerOnly() {
            assertThat(crm.clientService.byPhone("8 916 111-22-33", MANAGER)).as("Иванов's second phone").isEmpty();
        }

        @Test
        void aSharedSecondPhoneFindsEveryoneHavingIt() {
            Client parent = crm.client(aClient().surname("Петрова").name("Ольга").phone("+79160000001"));
            Client son = crm.client(aClient().surname("Петров").name("Гоша").phone("+79160000002").secondPhone("+79160000001"));
            Client daughter = crm.client(aClient().surname("Петрова").name("Аня").phone("+79160000003").secondPhone("+79160000001"));

            assertThat(crm.clientService.find("8 916 000-00-01", page, MANAGER)).as("the main phone's owner first")
                    .containsExactly(parent, son, daughter);
            assertThat(crm.clientService.find("8 916 000-00-01", new Page(2, 10), MANAGER)).containsExactly(daughter);
        }

        @ParameterizedTest
        @ValueSource(strings = {"999123", "+79991234568", "Иванов", "", "123-45-67"})
        void byPhoneIsNoSearch(String typed) {
            assertThat(crm.clientService.byPhone(typed, MANAGER)).isEmpty();
        }

        @Test
        void byPhoneFindsTheOwnerThatSavingRefuses() {
            ClientSaved clash = crm.clientService.add(aClient().phone("+79261234000").build(), MANAGER);

            assertThat(clash).isEqualTo(new ClientSaved.PhoneTaken(ivanova));
            assertThat(crm.clientService.byPhone("8 (926) 123-40-00", MANAGER)).contains(ivanova);
        }
    }

    @Nested
    class Add {

        @Test
        void aNewClient() {
            ClientSaved saved = crm.clientService.add(aClient().phone("+79991234567").build(), MANAGER);

            Client client = ((ClientSaved.Saved) saved).client();
            assertThat(crm.clients.byId(client.id())).contains(client);
            assertThat(client.phone()).isEqualTo(new Phone("+79991234567"));
        }

        @Test
        void aPhoneTakenByAnotherClientNamesTheOwner() {
            Client owner = crm.client(aClient().phone("+79991234567"));

            assertThat(crm.clientService.add(aClient().phone("+79991234567").build(), MANAGER)).isEqualTo(new ClientSaved.PhoneTaken(owner));
        }

        @Test
        void twoSiblingsShareTheirParentsPhoneAsSecondPhone() {
            Client first = crm.client(aClient().name("Гоша").phone("+79990000001").secondPhone("+79991234567"));

            ClientSaved second = crm.clientService.add(aClient().name("Аня").phone("+79990000002")
                    .secondPhone("+79991234567").build(), MANAGER);

            assertThat(second).isInstanceOf(ClientSaved.Saved.class);
            assertThat(crm.clients.withPhone(new Phone("+79991234567"), page))
                    .containsExactlyInAnyOrder(first, ((ClientSaved.Saved) second).client());
        }

        @Test
        void aSecondPhoneMayBeSomeonesMainPhone() {
            crm.client(aClient().name("Ольга").phone("+79991234567"));

            assertThat(crm.clientService.add(aClient().phone("+79990000001").secondPhone("+79991234567").build(), MANAGER))
                    .isInstanceOf(ClientSaved.Saved.class);
        }

        @Test
        void theParentMayBecomeAClientWithTheSharedPhoneAsMainPhone() {
            crm.client(aClient().name("Гоша").phone("+79990000001").secondPhone("+79991234567"));

            assertThat(crm.clientService.add(aClient().name("Ольга").phone("+79991234567").build(), MANAGER))
                    .isInstanceOf(ClientSaved.Saved.class);
            assertThat(crm.clientService.add(aClient().name("Ольга").phone("+79991234567").build(), MANAGER))
                    .as("but the main phone stays unique").isInstanceOf(ClientSaved.PhoneTaken.class);
        }
    }

    @Nested
    class Edit {

        private final Client client = crm.client(aClient().phone("+79991234567"));

        @Test
        void keepingItsOwnPhoneIsFine() {
            ClientSaved saved = crm.clientService.edit(client.id(), client.profile().withName("Павел"), MANAGER);

            assertThat(saved).isEqualTo(new ClientSaved.Saved(new Client(client.id(), client.profile().withName("Павел"))));
            assertThat(crm.clients.byId(client.id()).orElseThrow().profile().name()).isEqualTo("Павел");
        }

        @Test
        void takingAnotherClientsMainPhoneIsRefused() {
            Client other = crm.client(aClient().phone("+79990000001"));

            assertThat(crm.clientService.edit(client.id(), client.profile().withPhone(new Phone("+79990000001")), MANAGER))
                    .isEqualTo(new ClientSaved.PhoneTaken(other));
            assertThat(crm.clients.byId(client.id())).contains(client);
        }

        @Test
        void anUnknownClientIsNotFound() {
            assertThatThrownBy(() -> crm.clientService.edit(new ClientId(404), client.profile(), MANAGER)).isInstanceOf(NotFound.class);
        }
    }

    @Nested
    class Delete {

        private final Client client = crm.client();

        @Test
        void theCheckTellsBeforehandWithoutDeleting() {
            assertThat(crm.clientService.check(client.id(), MANAGER)).isEqualTo(new ClientDeletion.Deletable(client));
            Order upcoming = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

            assertThat(crm.clientService.check(client.id(), MANAGER))
                    .isEqualTo(new ClientDeletion.HasUpcomingOrders(client, List.of(upcoming)));
            crm.bookingService.change(upcoming.requireId(), OrderStatus.CANCELLED, MANAGER);
            assertThat(crm.clientService.check(client.id(), MANAGER)).isEqualTo(new ClientDeletion.Deletable(client));
            assertThat(crm.clients.byId(client.id())).contains(client);
        }

        @Test
        void aBookingMadeAfterTheCheckStillStopsTheDeletion() {
            assertThat(crm.clientService.check(client.id(), MANAGER)).isInstanceOf(ClientDeletion.Deletable.class);
            crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

            assertThat(crm.clientService.delete(client.id(), MANAGER)).isInstanceOf(ClientDeletion.HasUpcomingOrders.class);
            assertThat(crm.clients.byId(client.id())).contains(client);
        }

        @Test
        void aClientWithAnUpcomingLiveOrderStays() {
            Order upcoming = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));

            assertThat(crm.clientService.delete(client.id(), MANAGER))
                    .isEqualTo(new ClientDeletion.HasUpcomingOrders(client, List.of(upcoming)));
            assertThat(crm.clients.byId(client.id())).contains(client);
        }

        @Test
        void aClientWithOnlyPastOrCancelledOrdersIsDeleted() {
            Order past = crm.booked(aBooking().client(client.id()).on("2030-06-15").at("15:00"));
            Order cancelled = crm.booked(aBooking().client(client.id()).on("2030-07-15").at("15:00"));
            crm.bookingService.change(cancelled.requireId(), OrderStatus.CANCELLED, MANAGER);
            crm.clock.set(Instant.parse("2030-06-16T00:00:00Z"));

            assertThat(crm.clientService.delete(client.id(), MANAGER)).isEqualTo(new ClientDeletion.Deleted(client));
            assertThat(crm.clients.byId(client.id())).isEmpty();
            assertThat(crm.orders.byId(past.requireId()).orElseThrow().clientId()).isEmpty();
        }

        @Test
        void anUnknownClientIsNotFound() {
            assertThatThrownBy(() -> crm.clientService.delete(new ClientId(404), MANAGER)).isInstanceOf(NotFound.class);
        }
    }
}
