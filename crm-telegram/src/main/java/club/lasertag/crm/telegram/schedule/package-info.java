/**
 * Work that runs on a schedule, once per occasion across instances: {@link club.lasertag.crm.telegram.schedule.Scheduler}
 * runs each {@link club.lasertag.crm.telegram.schedule.ScheduledJob} on the instance holding its lease, in a unit of
 * work that records the occasion; {@link club.lasertag.crm.telegram.schedule.Housekeeping} is the first such job.
 */
package club.lasertag.crm.telegram.schedule;
