package club.lasertag.crm.telegram.clients;

import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.order.ClubRules;
import club.lasertag.crm.domain.port.in.ClientOrderHistory;
import club.lasertag.crm.domain.port.in.DeleteClient;
import club.lasertag.crm.domain.port.in.FindClients;
import club.lasertag.crm.domain.port.in.SaveClient;

/** What of the domain the clients feature drives, and the phone reading and club rules it shows. */
public record ClientUseCases(
        FindClients findClients,
        SaveClient saveClient,
        DeleteClient deleteClient,
        ClientOrderHistory clientOrderHistory,
        PhoneNumbers phoneNumbers,
        ClubRules rules) {
}
