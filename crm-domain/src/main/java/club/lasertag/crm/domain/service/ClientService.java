package club.lasertag.crm.domain.service;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.PhoneNumbers;
import club.lasertag.crm.domain.common.NotFound;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.common.Text;
import club.lasertag.crm.domain.order.Order;
import club.lasertag.crm.domain.port.in.DeleteClient;
import club.lasertag.crm.domain.port.in.FindClients;
import club.lasertag.crm.domain.port.in.SaveClient;
import club.lasertag.crm.domain.port.out.Clients;
import club.lasertag.crm.domain.port.out.Orders;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finding, adding, editing and deleting clients. */
public final class ClientService implements FindClients, SaveClient, DeleteClient {

    /** What a phone looks like when typed: digits, spaces, brackets, dashes, a leading plus. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s()\\-.]+");
    private static final int MIN_PHONE_FRAGMENT = 3;

    private final Clients clients;
    private final Orders orders;
    private final PhoneNumbers phones;
    private final Clock clock;

    public ClientService(Clients clients, Orders orders, PhoneNumbers phones, Clock clock) {
        this.clients = clients;
        this.orders = orders;
        this.phones = phones;
        this.clock = clock;
    }

    @Override
    public List<Client> find(String query, Page page) {
        String text = query == null ? "" : query.strip();
        if (PHONE_LIKE.matcher(text).matches()) {
            String digits = phones.searchDigits(text);
            Optional<Client> exact = phones.tryParse(text).flatMap(clients::byPhone);
            if (exact.isPresent()) {
                return page.offset() == 0 ? List.of(exact.get()) : List.of();
            }
            if (digits.length() >= MIN_PHONE_FRAGMENT) {
                return clients.withPhoneDigits(digits, page);
            }
        }
        List<String> words = Arrays.stream(Text.searchable(text).split(" "))
                .filter(word -> !word.isEmpty())
                .toList();
        return clients.withNameWords(words, page);
    }

    @Override
    public Client byId(ClientId id) {
        return clients.byId(id).orElseThrow(() -> new NotFound("client", id.value()));
    }

    @Override
    public ClientSaved add(ClientProfile profile) {
        Optional<Client> owner = ownerOfAnyPhone(profile, Optional.empty());
        if (owner.isPresent()) {
            return new ClientSaved.PhoneTaken(owner.get());
        }
        try {
            return new ClientSaved.Saved(clients.add(profile));
        } catch (Clients.PhoneAlreadyStored raced) {
            // another manager saved the same phone between our check and our write: report its owner
            return new ClientSaved.PhoneTaken(ownerOfAnyPhone(profile, Optional.empty()).orElseThrow(() -> raced));
        }
    }

    @Override
    public ClientSaved edit(ClientId id, ClientProfile profile) {
        byId(id);
        Optional<Client> owner = ownerOfAnyPhone(profile, Optional.of(id));
        if (owner.isPresent()) {
            return new ClientSaved.PhoneTaken(owner.get());
        }
        Client changed = new Client(id, profile);
        try {
            clients.update(changed);
        } catch (Clients.PhoneAlreadyStored raced) {
            return new ClientSaved.PhoneTaken(ownerOfAnyPhone(profile, Optional.of(id)).orElseThrow(() -> raced));
        }
        return new ClientSaved.Saved(changed);
    }

    @Override
    public ClientDeletion delete(ClientId id) {
        Client client = byId(id);
        List<Order> upcoming = orders.upcomingOfClient(id, clock.instant());
        if (!upcoming.isEmpty()) {
            return new ClientDeletion.HasUpcomingOrders(client, upcoming);
        }
        clients.delete(id);
        return new ClientDeletion.Deleted(client);
    }

    private Optional<Client> ownerOfAnyPhone(ClientProfile profile, Optional<ClientId> self) {
        return Stream.concat(Stream.of(profile.phone()), profile.secondPhone().stream())
                .map(clients::byPhone)
                .flatMap(Optional::stream)
                .filter(owner -> self.filter(owner.id()::equals).isEmpty())
                .findFirst();
    }
}
