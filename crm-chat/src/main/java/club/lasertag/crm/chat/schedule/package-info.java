/**
 * What a scheduler needs stored to run each job once across instances: {@link club.lasertag.crm.chat.schedule.JobLeases}
 * (which instance runs a job now) and {@link club.lasertag.crm.chat.schedule.JobRuns} (which occasions of a job ran).
 */
package club.lasertag.crm.chat.schedule;
