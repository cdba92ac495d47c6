package club.lasertag.crm.telegram.briefings;

import club.lasertag.crm.chat.outbox.Outbox;
import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.order.Gift;
import club.lasertag.crm.domain.service.BriefingService;
import club.lasertag.crm.domain.staff.Role;
import club.lasertag.crm.domain.staff.StaffMember;
import club.lasertag.crm.domain.testing.TestCrm;
import club.lasertag.crm.persistence.JooqPorts;
import club.lasertag.crm.telegram.chat.Reply;
import club.lasertag.crm.telegram.chat.ReplyCodec;
import club.lasertag.crm.telegram.schedule.Scheduler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static club.lasertag.crm.domain.testing.BookingRequestBuilder.aBooking;
import static club.lasertag.crm.domain.testing.ClientProfileBuilder.aClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The briefings go out once per occasion and recipient, at their time, through the outbox, on a real database: the
 * scheduler's unit of work records each sending with its message.
 */
abstract class BriefingJobContract {

    static final LocalDate DAY = LocalDate.of(2030, 6, 2);

    abstract JooqPorts ports();

    TestCrm crm;
    BriefingService briefings;
    Client client;

    @BeforeEach
    void club() {
        JooqPorts ports = ports();
        crm = new TestCrm(ClubRules.defaults(TestCrm.ZONE), ports.clients(), ports.orders(), ports.staff());
        crm.staff.save(new StaffMember(TestCrm.MANAGER, "Мария", Role.MANAGER));
        crm.staff.save(new StaffMember(TestCrm.INSTRUCTOR, "Игорь", Role.INSTRUCTOR));
        briefings = new BriefingService(ports.orders(), ports.clients(), ports.staff(), ports.briefingPreferences(),
                ports.sentBriefings(), crm.rules, crm.clock, crm.access);
        client = crm.client(aClient().surname("Иванов").phone("+79991234567"));
        crm.booked(aBooking().client(client.id()).on(DAY).at("12:00").players(10).gift(Gift.BANDANA));
    }

    Scheduler instance(String name) {
        return new Scheduler(List.of(new BriefingJob(briefings, ports().outbox())), ALWAYS_HELD, ports().jobRuns(),
                ports().unitOfWork(), crm.clock, name);
    }

    void at(LocalDate day, String time) {
        crm.clock.set(day.atTime(LocalTime.parse(time)).atZone(TestCrm.ZONE).toInstant());
    }

    /** The queued messages' texts by chat. */
    Map<Long, List<String>> queued() {
        ReplyCodec codec = new ReplyCodec();
        return ports().outbox().pending(100).stream().collect(Collectors.groupingBy(Outbox.Entry::chatId,
                Collectors.mapping(entry -> ((Reply.Send) codec.decode(entry.payload())).screen().html(),
                        Collectors.toList())));
    }

    @Test
    void theMorningPlanIsQueuedAtItsTimeOnceForEachRecipient() {
        Scheduler scheduler = instance("first");
        at(DAY, "08:59");
        scheduler.tick();
        assertThat(queued()).isEmpty();

        at(DAY, "09:00");
        scheduler.tick();
        crm.clock.advance(Duration.ofMinutes(1));
        scheduler.tick();
        instance("restarted").tick();

        Map<Long, List<String>> queued = queued();
        assertThat(queued).containsOnlyKeys(TestCrm.ADMIN.value(), TestCrm.MANAGER.value(), TestCrm.INSTRUCTOR.value());
        assertThat(queued.values()).allSatisfy(messages -> assertThat(messages).hasSize(1));
        assertThat(queued.get(TestCrm.MANAGER.value()).get(0)).contains("План на 02.06.2030", "12:00–13:00",
                "Иванов", "+7 999 123-45-67", "Бандана × 10");
        assertThat(queued.get(TestCrm.INSTRUCTOR.value()).get(0)).contains("Иванов").doesNotContain("+7 999");
    }

    @Test
    void aRunThatDiesBeforeItsCommitQueuesNothingAndTheNextRunQueuesEverything() {
        at(DAY, "09:00");
        BriefingJob job = new BriefingJob(briefings, ports().outbox());

        assertThatThrownBy(() -> ports().unitOfWork().run(() -> {
            job.run("crash", crm.clock.instant());
            throw new IllegalStateException("the process dies before the commit");
        })).hasMessageContaining("dies");
        assertThat(queued()).isEmpty();

        instance("restarted").tick();

        assertThat(queued()).hasSize(3);
    }

    @Test
    void aPlanMissedWhileTheBotWasDownIsSentLateButNotOnceTheLastGameStarted() {
        at(DAY, "11:59");
        instance("late").tick();
        assertThat(queued()).hasSize(3);

        LocalDate next = DAY.plusDays(1);
        crm.booked(aBooking().client(client.id()).on(next).at("12:00"));
        at(next, "12:00");
        instance("too late").tick();
        assertThat(queued()).hasSize(3);
    }

    @Test
    void theEveningListGoesToThoseWhoManageOrdersWithButtonsToConfirmOrCancel() {
        at(DAY.minusDays(1), "18:00");

        instance("evening").tick();

        Map<Long, List<String>> queued = queued();
        assertThat(queued).containsOnlyKeys(TestCrm.ADMIN.value(), TestCrm.MANAGER.value());
        assertThat(queued.get(TestCrm.MANAGER.value()).get(0)).contains("не подтверждены — 1", "12:00", "Иванов");
        Reply.Send send = (Reply.Send) new ReplyCodec().decode(ports().outbox().pending(1).get(0).payload());
        assertThat(send.screen().keyboard().get(0)).extracting(button -> button.label())
                .containsExactly("✅ 12:00 подтвердить", "✖ 12:00 отменить");
    }

    private static final JobLeases ALWAYS_HELD = new JobLeases() {
        @Override
        public boolean hold(String job) {
            return true;
        }

        @Override
        public void close() {
        }
    };
}
