package club.lasertag.crm.domain.testing;

import club.lasertag.crm.domain.client.Client;
import club.lasertag.crm.domain.client.ClientId;
import club.lasertag.crm.domain.client.ClientProfile;
import club.lasertag.crm.domain.client.Phone;
import club.lasertag.crm.domain.common.Page;
import club.lasertag.crm.domain.port.out.Clients;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** {@link Clients} in memory, for tests. */
public final class InMemoryClients implements Clients {

    static final Comparator<Client> BY_NAME = Comparator
            .comparing((Client client) -> client.profile().searchText())
            .thenComparing(client -> client.id().value());
    /** C0 and C1 control characters and lone surrogates: never in stored text. */
    private static final Pattern UNSTORABLE = Pattern.compile("[\\p{Cc}\\x{D800}-\\x{DFFF}]+");

    private final Map<Long, Client> clients = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final Consumer<ClientId> onDelete;

    public InMemoryClients() {
        this(id -> { });
    }

    /**
     * @param onDelete what else happens when a client is deleted, such as {@link InMemoryOrders#forgetClient}
     *                 (the database's ON DELETE SET NULL)
     */
    public InMemoryClients(Consumer<ClientId> onDelete) {
        this.onDelete = onDelete;
    }

    @Override
    public synchronized Client add(ClientProfile profile) {
        if (byMainPhone(profile.phone()).isPresent()) {
            throw new PhoneAlreadyStored(profile.phone(), null);
        }
        Client client = new Client(new ClientId(ids.incrementAndGet()), profile);
        clients.put(client.id().value(), client);
        return client;
    }

    @Override
    public synchronized void update(Client client) {
        byMainPhone(client.phone()).filter(owner -> !owner.id().equals(client.id())).ifPresent(owner -> {
            throw new PhoneAlreadyStored(client.phone(), null);
        });
        clients.replace(client.id().value(), client);
    }

    @Override
    public synchronized void delete(ClientId id) {
        if (clients.remove(id.value()) != null) {
            onDelete.accept(id);
        }
    }

    @Override
    public Optional<Client> byId(ClientId id) {
        return Optional.ofNullable(clients.get(id.value()));
    }

    @Override
    public Optional<Client> byMainPhone(Phone phone) {
        return clients.values().stream().filter(client -> client.phone().equals(phone)).findFirst();
    }

    @Override
    public List<Client> withPhone(Phone phone, Page page) {
        return clients.values().stream()
                .filter(client -> client.profile().hasPhone(phone))
                .sorted(java.util.Comparator.comparing((Client client) -> !client.phone().equals(phone)).thenComparing(BY_NAME))
                .skip(page.offset())
                .limit(page.limit())
                .toList();
    }

    @Override
    public List<Client> withPhoneDigits(String digits, Page page) {
        String fragment = UNSTORABLE.matcher(digits).replaceAll(""); // as the databases do
        return matching(client -> client.phone().digits().contains(fragment)
                || client.profile().secondPhone().filter(second -> second.digits().contains(fragment)).isPresent(), page);
    }

    @Override
    public List<Client> withNameWords(List<String> words, Page page) {
        // control characters and lone surrogates separate words, as in the databases
        return matching(client -> words.stream().flatMap(UNSTORABLE::splitAsStream)
                .allMatch(client.profile().searchText()::contains), page);
    }

    private List<Client> matching(Predicate<Client> filter, Page page) {
        return clients.values().stream()
                .filter(filter)
                .sorted(BY_NAME)
                .skip(page.offset())
                .limit(page.limit())
                .toList();
    }
}
