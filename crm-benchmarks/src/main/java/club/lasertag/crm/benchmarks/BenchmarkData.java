package club.lasertag.crm.benchmarks;

import club.lasertag.crm.domain.common.Text;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The generated data set, the same on every run: clients with Russian names and unique phones, and orders that
 * never overlap (3 polygons x 12 one-hour games a day, from 10:00 to 22:00 in Moscow; the arena's groups rest in
 * room 1, the park's in room 2, the forest's without a room), day after day from 1 January 2000: 1,000,000
 * orders fill about 76 years.
 */
final class BenchmarkData {

    static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    static final int GAMES_PER_POLYGON_PER_DAY = 12;
    static final int ORDERS_PER_DAY = 3 * GAMES_PER_POLYGON_PER_DAY;
    static final String[] POLYGONS = {"arena", "park", "forest"};

    static final String[] SURNAMES = {
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
        "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв",
        "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов",
        "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
        "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов", "Карпов", "Власов", "Мельников", "Денисов",
        "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов", "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов",
        "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров", "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов",
        "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов", "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Smith",
    };
    static final String[] NAMES = {
        "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
        "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Даниил", "Тимофей",
        "Анна", "Мария", "Елена", "Дарья", "Алина", "Ирина", "Екатерина", "Арина", "Полина", "Ольга",
        "Юлия", "Татьяна", "Наталья", "Виктория", "Елизавета", "Ксения", "Милана", "Вероника", "Алиса", "Валерия",
    };
    static final String[] MIDNAMES = {
        "", "Александрович", "Дмитриевич", "Сергеевич", "Андреевич", "Алексеевич", "Иванович", "Михайлович",
        "Петрович", "Николаевич", "Владимирович", "Юрьевич", "Викторович", "Олегович", "Павлович", "Игоревич",
    };

    private BenchmarkData() {
    }

    /** A bijection of {@code [0, 10^9)}: spreads the phones' digits. */
    static long scramble(long i) {
        return (i * 7_919_317L + 123_456_789L) % 1_000_000_000L;
    }

    static String surname(long i) {
        return SURNAMES[(int) (i % SURNAMES.length)];
    }

    static String name(long i) {
        return NAMES[(int) ((i / SURNAMES.length) % NAMES.length)];
    }

    static String midname(long i) {
        return MIDNAMES[(int) ((i / 7) % MIDNAMES.length)];
    }

    static String phone(long i) {
        return String.format("+79%09d", scramble(i));
    }

    /** Every tenth client has a second phone. */
    static String secondPhone(long i) {
        return i % 10 == 3 ? String.format("+7495%07d", scramble(i * 31 + 7) % 10_000_000L) : "";
    }

    static String searchText(long i) {
        return Text.searchable(String.join(" ", surname(i), name(i), midname(i)));
    }

    /** The start of order {@code j} as UTC wall-clock time. */
    static LocalDateTime orderStart(long j) {
        return orderStart(j, FIRST_DAY);
    }

    /** The start of order {@code j} as UTC wall-clock time, the orders filling the days from {@code firstDay} on. */
    static LocalDateTime orderStart(long j, LocalDate firstDay) {
        long day = j / ORDERS_PER_DAY;
        int slot = (int) (j % GAMES_PER_POLYGON_PER_DAY);
        return firstDay.plusDays(day).atTime(10 + slot, 0).atZone(ZONE)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static int polygon(long j) {
        return (int) ((j % ORDERS_PER_DAY) / GAMES_PER_POLYGON_PER_DAY);
    }

    /** Arena groups rest in room 1, park groups in room 2, forest groups without a room. */
    static int restRoom(long j) {
        return polygon(j) == 2 ? 0 : polygon(j) + 1;
    }

    static int restSeconds(long j) {
        return restRoom(j) == 0 ? 0 : 3600;
    }

    static final int GAME_SECONDS = (int) Duration.ofHours(1).toSeconds();

    static String status(long j) {
        return j % 25 == 0 ? "cancelled" : "completed";
    }

    static long clientUid(long j, long clients) {
        return (j * 7_919L) % clients + 1;
    }

    /** The day after the last loaded order: bookings in the benchmark go from here on. */
    static LocalDate firstFreeDay(long orders) {
        return firstFreeDay(orders, FIRST_DAY);
    }

    static LocalDate firstFreeDay(long orders, LocalDate firstDay) {
        return firstDay.plusDays(orders / ORDERS_PER_DAY + 1);
    }
}
