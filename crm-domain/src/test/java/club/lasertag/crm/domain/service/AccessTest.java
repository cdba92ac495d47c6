package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.briefing.Briefing;
import club.lasertag.crm.domain.briefing.BriefingTimes;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.order.GameSetup;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.order.OrderStatus;
import club.lasertag.crm.domain.port.in.BookingOutcome;
import club.lasertag.crm.domain.port.in.DaySchedule.DayPlan;
import club.lasertag.crm.domain.staff.NotPermitted;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffId;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.BookingRequestBuilder;
import club.lasertag.crm.domain.testing.TestCrm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static club.lasertag.crm.domain.testing.TestCrm.ADMIN;
import static club.lasertag.crm.domain.testing.TestCrm.INSTRUCTOR;
import static club.lasertag.crm.domain.testing.TestCrm.MANAGER;
import static club.lasertag.crm.domain.testing.TestCrm.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may do what, through the use cases themselves: every one of them asks the access policy. */
class AccessTest {

    private static final LocalDate DAY = LocalDate.of(2030, 6, 15);

    private final TestCrm crm = new TestCrm();
    private final Client client = crm.client();
    private final Order order = crm.booked(booking().at("12:00"));

    private BookingRequestBuilder booking() {
        return aBooking().client(client.id()).on(DAY);
    }

    @Test
    void anInstructorMayNotBookAndNothingIsStored() {
        List<Order> before = crm.allOrders();

        assertThatThrownBy(() -> crm.bookingService.book(booking().at("18:00").build(), INSTRUCTOR))
                .isInstanceOfSatisfying(NotPermitted.class, refusal -> {
                    assertThat(refusal.actor()).isEqualTo(INSTRUCTOR);
                    assertThat(refusal.permission()).isEqualTo(Permission.MANAGE_ORDERS);
                });
        assertThat(crm.allOrders()).isEqualTo(before);
    }

    @Test
    void anInstructorMayReadTheDaySchedule() {
        DayPlan plan = crm.calendarService.day(DAY, INSTRUCTOR);

        assertThat(plan.games()).extracting(game -> game.order().id()).containsExactly(order.id());
    }

    @Test
    void aStrangerMayDoNothing() {
        for (UseCaseCall call : calls()) {
            assertThatThrownBy(() -> call.run().accept(new TestCrm(), STRANGER)).as(call.name())
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Test
    void aRemovedMemberLosesTheirRightsAtOnce() {
        crm.staffService.remove(MANAGER, ADMIN);

        assertThatThrownBy(() -> crm.clientService.find("Иванов", Page.first(10), MANAGER))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aDemotedMemberLosesTheirRightsAtOnce() {
        crm.staffService.save(new StaffMember(MANAGER, "Test manager", Role.INSTRUCTOR), ADMIN);

        assertThatThrownBy(() -> crm.bookingService.change(order.requireId(), OrderStatus.CANCELLED, MANAGER))
                .isInstanceOf(NotPermitted.class);
        assertThat(crm.orders.byId(order.requireId()).orElseThrow().status()).isEqualTo(OrderStatus.NEW);
    }

    /** Each use case as one role: done if the role has the permission, refused naming it if not. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyUseCaseAndRole")
    void everyUseCaseAsEveryRole(UseCaseCall call, Optional<Role> role) {
        TestCrm fresh = new TestCrm();
        StaffId actor = switch (role.map(Role::name).orElse("NONE")) {
            case "ADMIN" -> ADMIN;
            case "MANAGER" -> MANAGER;
            case "INSTRUCTOR" -> INSTRUCTOR;
            default -> STRANGER;
        };
        assertThat(fresh.staffService.roleOf(actor)).isEqualTo(role);

        if (role.filter(held -> held.can(call.needs())).isPresent()) {
            assertThatCode(() -> call.run().accept(fresh, actor)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> call.run().accept(fresh, actor))
                    .isInstanceOfSatisfying(NotPermitted.class, refusal -> {
                        assertThat(refusal.permission()).isEqualTo(call.needs());
                        assertThat(refusal.actor()).isEqualTo(actor);
                    });
        }
    }

    static Stream<Arguments> everyUseCaseAndRole() {
        List<Optional<Role>> roles = new ArrayList<>();
        Stream.of(Role.values()).map(Optional::of).forEach(roles::add);
        roles.add(Optional.empty());
        return calls().stream().flatMap(call -> roles.stream().map(role -> Arguments.of(call, role)));
    }

    record UseCaseCall(String name, Permission needs, BiConsumer<TestCrm, StaffId> run) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every incoming port method but {@code ManageStaff.roleOf}, on a club with one client and one order. */
    static List<UseCaseCall> calls() {
        return List.of(
                call("FindClients.find", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.find("Иванов", Page.first(10), by)),
                call("FindClients.byId", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.byId(clientOf(crm).id(), by)),
                call("FindClients.byPhone", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.byPhone(clientOf(crm).profile().phone().e164(), by)),
                call("SaveClient.add", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.add(aClient().build(), by)),
                call("SaveClient.edit", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.edit(clientOf(crm).id(), aClient().build(), by)),
                call("DeleteClient.check", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.check(crm.client().id(), by)),
                call("DeleteClient.delete", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.clientService.delete(crm.client().id(), by)),
                call("ClientOrderHistory.history", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.calendarService.history(clientOf(crm).id(), Page.first(10), by)),
                call("ClientOrderHistory.upcoming", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.calendarService.upcoming(clientOf(crm).id(), by)),
                call("BookOrder.book", Permission.MANAGE_ORDERS,
                        (crm, by) -> expectBooked(crm.bookingService.book(
                                aBooking().client(clientOf(crm).id()).on(DAY).at("18:00").build(), by))),
                call("RescheduleOrder.reschedule", Permission.MANAGE_ORDERS,
                        (crm, by) -> expectBooked(crm.bookingService.reschedule(
                                orderOf(crm).requireId(), DAY, LocalTime.of(19, 0), by))),
                call("EditOrder.edit", Permission.MANAGE_ORDERS,
                        (crm, by) -> expectBooked(crm.bookingService.edit(orderOf(crm).requireId(),
                                aBooking().client(clientOf(crm).id()).on(DAY).at("20:00").build(), by))),
                call("ChangeOrderStatus.change", Permission.MANAGE_ORDERS,
                        (crm, by) -> crm.bookingService.change(orderOf(crm).requireId(), OrderStatus.CANCELLED, by)),
                call("FindFreeStarts.freeStarts", Permission.MANAGE_ORDERS,
                        (crm, by) -> crm.bookingService.freeStarts(DAY, GameSetup.defaults(10), by)),
                call("FindFreeStarts.freeStarts(moved)", Permission.MANAGE_ORDERS,
                        (crm, by) -> crm.bookingService.freeStarts(DAY, GameSetup.defaults(10), orderOf(crm).requireId(), by)),
                call("ViewOrder.order", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.calendarService.order(orderOf(crm).requireId(), by)),
                call("MonthOverview.month", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.calendarService.month(YearMonth.from(DAY), by)),
                call("DaySchedule.day", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.calendarService.day(DAY, by)),
                call("ManageStaff.nameOf", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.staffService.nameOf(MANAGER, by)),
                call("ManageStaff.everyone", Permission.MANAGE_STAFF,
                        (crm, by) -> crm.staffService.everyone(by)),
                call("ManageStaff.save", Permission.MANAGE_STAFF,
                        (crm, by) -> crm.staffService.save(new StaffMember(new StaffId(77), "Ольга", Role.MANAGER), by)),
                call("ManageStaff.remove", Permission.MANAGE_STAFF,
                        (crm, by) -> crm.staffService.remove(INSTRUCTOR, by)),
                call("Briefings.morningPlan", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.briefingService.morningPlan(DAY, by)),
                call("Briefings.confirmations", Permission.MANAGE_ORDERS,
                        (crm, by) -> crm.briefingService.confirmations(DAY, by)),
                call("Briefings.followUps", Permission.MANAGE_CLIENTS,
                        (crm, by) -> crm.briefingService.followUps(DAY, by)),
                call("BriefingSettings.settingsOf", Permission.VIEW_SCHEDULE,
                        (crm, by) -> crm.briefingService.settingsOf(by)),
                call("BriefingSettings.receive", Permission.MANAGE_ORDERS,
                        (crm, by) -> crm.briefingService.receive(Briefing.CONFIRMATIONS, false, by)),
                call("BriefingSettings.setTimes", Permission.CONFIGURE_CLUB,
                        (crm, by) -> crm.briefingService.setTimes(BriefingTimes.DEFAULTS, by)));
    }

    private static UseCaseCall call(String name, Permission needs, BiConsumer<TestCrm, StaffId> run) {
        return new UseCaseCall(name, needs, run);
    }

    /** The club's one client, stored on first use. */
    private static Client clientOf(TestCrm crm) {
        return crm.clients.withNameWords(List.of(), Page.first(1)).stream().findFirst().orElseGet(crm::client);
    }

    /** The club's one order, booked by the manager on first use. */
    private static Order orderOf(TestCrm crm) {
        return crm.allOrders().stream().findFirst()
                .orElseGet(() -> crm.booked(aBooking().client(clientOf(crm).id()).on(DAY).at("12:00")));
    }

    private static void expectBooked(BookingOutcome outcome) {
        assertThat(outcome).isInstanceOf(BookingOutcome.Booked.class);
    }
}
