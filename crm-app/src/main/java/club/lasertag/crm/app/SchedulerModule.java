package club.lasertag.crm.app;

import club.lasertag.crm.chat.schedule.JobLeases;
import club.lasertag.crm.chat.schedule.JobRuns;
import club.lasertag.crm.chat.tx.UnitOfWork;
import club.lasertag.crm.chat.updates.ProcessedUpdates;
import club.lasertag.crm.telegram.schedule.Housekeeping;
import club.lasertag.crm.telegram.schedule.Scheduler;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

import java.time.Clock;
import java.util.List;

/** The scheduled jobs and their scheduler (started, and stopped, by {@link Application}). */
final class SchedulerModule extends AbstractModule {

    private final AppConfig.Scheduling scheduling;

    SchedulerModule(AppConfig.Scheduling scheduling) {
        this.scheduling = scheduling;
    }

    @Provides
    @Singleton
    Scheduler scheduler(JobLeases leases, JobRuns runs, UnitOfWork unitOfWork, Clock clock, ProcessedUpdates processed) {
        Housekeeping housekeeping = new Housekeeping(processed, runs, scheduling.housekeepingPeriod());
        return new Scheduler(List.of(housekeeping), leases, runs, unitOfWork, clock, scheduling.instance());
    }
}
