/** Transactions that span several ports: {@link club.lasertag.crm.chat.tx.UnitOfWork}. */
package club.lasertag.crm.chat.tx;
