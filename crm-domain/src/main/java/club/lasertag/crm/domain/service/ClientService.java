package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.audit.Snapshots;
import club.lasertag.crm.domain.audit.Subject;
import club.lasertag.crm.domain.port.out.AuditLog;
import java.util.Map;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.client.PhoneOwnership;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.DeleteClient;
import club.lasertag.crm.domain.port.in.FindClients;
import club.lasertag.crm.domain.port.in.SaveClient;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;
import club.lasertag.crm.domain.staff.AccessPolicy;
import club.lasertag.crm.domain.staff.Permission;
import club.lasertag.crm.domain.staff.StaffId;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Finding, adding, editing and deleting clients. */
public final class ClientService implements FindClients, SaveClient, DeleteClient {

    private static final int MIN_PHONE_FRAGMENT = 3;
    /**
     * How much of what was typed a name search reads: a full name ("Surname Name Midname") fits, and a pasted wall
     * of text asks the database no more than a name does (each word is a condition; thousands overflow SQLite).
     */
    static final int MAX_NAME_QUERY = 3 * ClientProfile.NAME_MAX + 2;

    private final Clients clients;
    private final Orders orders;
    private final PhoneNumbers phones;
    private final Clock clock;
    private final AccessPolicy access;
    private final Auditor auditor;

    public ClientService(Clients clients, Orders orders, PhoneNumbers phones, Clock clock, AccessPolicy access,
            AuditLog audit) {
        this.auditor = new Auditor(audit, clock);
        this.clients = clients;
        this.orders = orders;
        this.phones = phones;
        this.clock = clock;
        this.access = access;
    }

    @Override
    public List<Client> find(String query, Page page, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        String text = query == null ? "" : query.strip();
        if (PhoneNumbers.looksLikePhone(text)) {
            String digits = phones.searchDigits(text);
            Optional<Phone> exact = phones.tryParse(text);
            if (exact.isPresent()) {
                List<Client> having = clients.withPhone(exact.get(), page);
                if (!having.isEmpty() || page.offset() > 0) {
                    return having;
                }
            }
            if (digits.length() >= MIN_PHONE_FRAGMENT) {
                return clients.withPhoneDigits(digits, page);
            }
        }
        List<String> words = Arrays.stream(Text.searchable(leading(text, MAX_NAME_QUERY)).split(" "))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
        return clients.withNameWords(words, page);
    }

    /** The first {@code codePoints} code points of {@code text}. */
    private static String leading(String text, int codePoints) {
        return text.codePointCount(0, text.length()) <= codePoints
                ? text : text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    @Override
    public Client byId(ClientId id, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        return existing(id);
    }

    @Override
    public Optional<Client> byPhone(String typedPhone, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        return phones.tryParse(typedPhone).flatMap(clients::byMainPhone);
    }

    @Override
    public ClientSaved add(ClientProfile profile, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        Optional<Client> owner = PhoneOwnership.clashOf(profile, Optional.empty(), clients::byMainPhone);
        if (owner.isPresent()) {
            return new ClientSaved.PhoneTaken(owner.get());
        }
        try {
            Client added = clients.add(profile);
            auditor.changed(Subject.client(added.id()), "client.added", by, Map.of(), Snapshots.of(profile));
            return new ClientSaved.Saved(added);
        } catch (Clients.PhoneAlreadyStored raced) {
            // another manager saved the same phone between our check and our write: report its owner
            return new ClientSaved.PhoneTaken(PhoneOwnership.clashOf(profile, Optional.empty(), clients::byMainPhone)
                    .orElseThrow(() -> raced));
        }
    }

    @Override
    public ClientSaved edit(ClientId id, ClientProfile profile, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        Client before = existing(id);
        Optional<Client> owner = PhoneOwnership.clashOf(profile, Optional.of(id), clients::byMainPhone);
        if (owner.isPresent()) {
            return new ClientSaved.PhoneTaken(owner.get());
        }
        Client changed = new Client(id, profile);
        try {
            clients.update(changed);
        } catch (Clients.PhoneAlreadyStored raced) {
            return new ClientSaved.PhoneTaken(PhoneOwnership.clashOf(profile, Optional.of(id), clients::byMainPhone)
                    .orElseThrow(() -> raced));
        }
        auditor.changed(Subject.client(id), "client.edited", by, Snapshots.of(before.profile()), Snapshots.of(profile));
        return new ClientSaved.Saved(changed);
    }

    @Override
    public ClientDeletion check(ClientId id, StaffId by) {
        access.require(by, Permission.MANAGE_CLIENTS);
        Client client = existing(id);
        List<Order> upcoming = orders.upcomingOfClient(id, clock.instant());
        return upcoming.isEmpty() ? new ClientDeletion.Deletable(client) : new ClientDeletion.HasUpcomingOrders(client, upcoming);
    }

    @Override
    public ClientDeletion delete(ClientId id, StaffId by) {
        ClientDeletion check = check(id, by);
        if (check instanceof ClientDeletion.Deletable deletable) {
            clients.delete(id);
            auditor.changed(Subject.client(id), "client.deleted", by, Snapshots.of(deletable.client().profile()),
                    Map.of());
            return new ClientDeletion.Deleted(deletable.client());
        }
        return check;
    }

    private Client existing(ClientId id) {
        return clients.byId(id).orElseThrow(() -> new NotFound("client", id.value()));
    }
}
