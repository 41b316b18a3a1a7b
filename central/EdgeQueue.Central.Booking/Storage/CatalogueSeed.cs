using EdgeQueue.Central.Booking.Catalogue;

namespace EdgeQueue.Central.Booking.Storage;

/// <summary>
/// A fresh install gets a realistic city hall to start from: departments and matters modelled on
/// Poznań's booking system, two sites whose ids match the edge hubs', the usual hours (Mon 8:00–16:00,
/// Tue–Fri 7:30–15:30) and this and next year's public holidays. Administrators change it all later.
/// </summary>
internal static class CatalogueSeed
{
    public const string Libelta = "poznan-libelta";

    public const string Gronowa = "poznan-gronowa";

    public static IReadOnlyList<OpeningHours> DefaultHours { get; } =
    [
        new(DayOfWeek.Monday, new TimeOnly(8, 0), new TimeOnly(16, 0)),
        new(DayOfWeek.Tuesday, new TimeOnly(7, 30), new TimeOnly(15, 30)),
        new(DayOfWeek.Wednesday, new TimeOnly(7, 30), new TimeOnly(15, 30)),
        new(DayOfWeek.Thursday, new TimeOnly(7, 30), new TimeOnly(15, 30)),
        new(DayOfWeek.Friday, new TimeOnly(7, 30), new TimeOnly(15, 30)),
    ];

    private static readonly (string Name, string Description, (string Name, SeedMatter[] Matters)[] Groups)[] Departments =
    [
        ("Wydział Spraw Obywatelskich", "Dowody osobiste, meldunki i rejestr mieszkańców.",
        [
            ("Dowody osobiste",
            [
                new("Złożenie wniosku o wydanie dowodu osobistego", "Wniosek składasz osobiście; urzędnik zeskanuje odciski palców. Dowód odbierzesz w tym samym urzędzie po SMS-ie lub e-mailu.",
                    ["Dotychczasowy dowód osobisty lub inny dokument tożsamości", "Aktualne kolorowe zdjęcie 35×45 mm"], 15, "A", [(Libelta, 3), (Gronowa, 2)]),
                new("Odbiór dowodu osobistego", "Odbierz dowód osobiście; weź ze sobą dotychczasowy dowód, który zostanie unieważniony.",
                    ["Dotychczasowy dowód osobisty"], 5, "A", [(Libelta, 2), (Gronowa, 1)]),
                new("Zgłoszenie utraty lub uszkodzenia dowodu osobistego", "Zgłoszenie unieważnia dowód od razu; możesz jednocześnie złożyć wniosek o nowy.",
                    ["Inny dokument tożsamości (paszport) lub uszkodzony dowód"], 10, "A", [(Libelta, 1)]),
            ]),
            ("Meldunki",
            [
                new("Zameldowanie na pobyt stały", "Zameldowanie w lokalu, w którym mieszkasz. Potrzebny tytuł prawny do lokalu lub potwierdzenie właściciela na formularzu.",
                    ["Dowód osobisty lub paszport", "Formularz zgłoszenia pobytu stałego", "Dokument potwierdzający tytuł prawny do lokalu"], 15, "M", [(Libelta, 2), (Gronowa, 1)]),
                new("Zameldowanie na pobyt czasowy", "Zameldowanie na pobyt dłuższy niż 3 miesiące poza miejscem pobytu stałego.",
                    ["Dowód osobisty lub paszport", "Formularz zgłoszenia pobytu czasowego", "Dokument potwierdzający tytuł prawny do lokalu"], 15, "M", [(Libelta, 1), (Gronowa, 1)]),
                new("Wymeldowanie z pobytu stałego", "Wymeldowanie, gdy opuszczasz lokal na stałe.",
                    ["Dowód osobisty lub paszport", "Formularz zgłoszenia wymeldowania"], 10, "M", [(Libelta, 1)]),
            ]),
        ]),
        ("Wydział Komunikacji", "Rejestracja pojazdów i prawa jazdy.",
        [
            ("Rejestracja pojazdów",
            [
                new("Rejestracja pojazdu zakupionego w kraju", "Pojazd trzeba zarejestrować w ciągu 30 dni od zakupu.",
                    ["Dowód osobisty", "Umowa kupna lub faktura", "Dowód rejestracyjny", "Dotychczasowe tablice rejestracyjne", "Polisa OC"], 20, "R", [(Libelta, 3)]),
                new("Rejestracja pojazdu sprowadzonego z zagranicy", "Przed wizytą opłać akcyzę i wykonaj badanie techniczne.",
                    ["Dowód osobisty", "Dowód własności z tłumaczeniem", "Zagraniczny dowód rejestracyjny", "Zaświadczenie o badaniu technicznym", "Potwierdzenie zapłaty akcyzy"], 30, "R", [(Libelta, 2)]),
                new("Wyrejestrowanie pojazdu", "Wyrejestrowanie po demontażu, kradzieży lub zbyciu za granicę.",
                    ["Dowód osobisty", "Dowód rejestracyjny", "Tablice rejestracyjne", "Zaświadczenie o demontażu pojazdu"], 15, "R", [(Libelta, 1)]),
            ]),
            ("Prawa jazdy",
            [
                new("Wydanie prawa jazdy po zdanym egzaminie", "Wniosek o wydanie prawa jazdy, gdy masz już profil kandydata na kierowcę (PKK).",
                    ["Dowód osobisty", "Aktualne zdjęcie 35×45 mm", "Potwierdzenie opłaty"], 15, "P", [(Libelta, 2)]),
                new("Wymiana prawa jazdy", "Wymiana z powodu upływu terminu ważności, zmiany danych lub uszkodzenia.",
                    ["Dowód osobisty", "Dotychczasowe prawo jazdy", "Aktualne zdjęcie 35×45 mm", "Orzeczenie lekarskie, jeśli wymagane"], 15, "P", [(Libelta, 2)]),
                new("Międzynarodowe prawo jazdy", "Wydawane od ręki na 3 lata.",
                    ["Dowód osobisty", "Krajowe prawo jazdy", "Zdjęcie 35×45 mm"], 10, "P", [(Libelta, 1)]),
            ]),
        ]),
        ("Urząd Stanu Cywilnego", "Akty stanu cywilnego, śluby, urodzenia i zgony.",
        [
            ("Akty stanu cywilnego",
            [
                new("Wydanie odpisu aktu stanu cywilnego", "Odpis skrócony lub zupełny aktu urodzenia, małżeństwa lub zgonu.",
                    ["Dowód osobisty", "Potwierdzenie opłaty skarbowej"], 10, "U", [(Libelta, 2)]),
                new("Zapewnienie o braku okoliczności wyłączających zawarcie małżeństwa", "Przychodzą oboje przyszli małżonkowie; termin ślubu ustalany na miejscu.",
                    ["Dowody osobiste obojga", "Potwierdzenie opłaty skarbowej"], 30, "U", [(Libelta, 1)]),
            ]),
            ("Urodzenia i zgony",
            [
                new("Rejestracja urodzenia dziecka", "Zgłoszenia dokonuje rodzic w ciągu 21 dni od urodzenia.",
                    ["Dowód osobisty rodzica"], 20, "U", [(Libelta, 1)]),
                new("Rejestracja zgonu", "Zgłoszenia dokonuje się w ciągu 3 dni od zgonu.",
                    ["Dowód osobisty zgłaszającego", "Karta zgonu", "Dowód osobisty osoby zmarłej"], 20, "U", [(Libelta, 1)]),
            ]),
        ]),
        ("Wydział Działalności Gospodarczej i Rolnictwa", "Centralna Ewidencja i Informacja o Działalności Gospodarczej (CEIDG).",
        [
            ("CEIDG",
            [
                new("Wpis do CEIDG: założenie działalności gospodarczej", "Pomożemy wypełnić wniosek o wpis do CEIDG.",
                    ["Dowód osobisty"], 20, "G", [(Gronowa, 1)]),
                new("Zmiana lub zawieszenie wpisu w CEIDG", "Zmiana danych, zawieszenie lub wznowienie działalności.",
                    ["Dowód osobisty"], 15, "G", [(Gronowa, 1)]),
            ]),
        ]),
    ];

    public static async Task<bool> SeedIfEmptyAsync(SqlDialect dialect, BookingClock clock, CancellationToken cancellation)
    {
        await using var scope = await dialect.BeginWriteAsync(cancellation);
        var seeded = await scope.Command("SELECT COUNT(*) FROM meta WHERE key = 'catalogue_seeded'").ScalarAsync<long>(cancellation);
        var departments = await scope.Command("SELECT COUNT(*) FROM departments").ScalarAsync<long>(cancellation);
        if (seeded > 0 || departments > 0)
        {
            return false;
        }

        await AddLocationAsync(scope, Libelta, "Urząd Miasta Poznania, ul. Libelta", "ul. Libelta 16/20, 61-706 Poznań", cancellation);
        await AddLocationAsync(scope, Gronowa, "Urząd Miasta Poznania, ul. Gronowa", "ul. Gronowa 22A, 61-655 Poznań", cancellation);

        var departmentOrder = 0;
        foreach (var (name, description, groups) in Departments)
        {
            var departmentId = await scope.Command(
                "INSERT INTO departments (name, description, sort_order) VALUES (@n, @d, @o) RETURNING id",
                ("@n", name), ("@d", description), ("@o", ++departmentOrder)).ScalarAsync<long>(cancellation);
            var groupOrder = 0;
            foreach (var (groupName, matters) in groups)
            {
                var groupId = await scope.Command(
                    "INSERT INTO matter_groups (department_id, name, sort_order) VALUES (@dep, @n, @o) RETURNING id",
                    ("@dep", departmentId), ("@n", groupName), ("@o", ++groupOrder)).ScalarAsync<long>(cancellation);
                var matterOrder = 0;
                foreach (var matter in matters)
                {
                    var matterId = await scope.Command(
                        """
                        INSERT INTO matters (group_id, name, description, required_documents, visit_minutes, queue_category, active, sort_order)
                        VALUES (@g, @n, @d, @docs, @len, @cat, 1, @o) RETURNING id
                        """,
                        ("@g", groupId), ("@n", matter.Name), ("@d", matter.Description), ("@docs", string.Join('\n', matter.Documents)),
                        ("@len", matter.Minutes), ("@cat", matter.Category), ("@o", ++matterOrder)).ScalarAsync<long>(cancellation);
                    foreach (var (location, counters) in matter.Offers)
                    {
                        await scope.Command("INSERT INTO matter_locations (matter_id, location_id, counters) VALUES (@m, @l, @c)",
                            ("@m", matterId), ("@l", location), ("@c", counters)).ExecuteAsync(cancellation);
                    }
                }
            }
        }

        var year = clock.Today.Year;
        foreach (var (day, holiday) in PolishHolidays.For(year).Concat(PolishHolidays.For(year + 1)))
        {
            await scope.Command("INSERT INTO closed_days (location_id, day, reason) VALUES (NULL, @d, @r)",
                ("@d", DayText.From(day)), ("@r", holiday)).ExecuteAsync(cancellation);
        }

        await scope.Command("INSERT INTO meta (key, value) VALUES ('catalogue_seeded', @at)",
            ("@at", clock.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture))).ExecuteAsync(cancellation);
        await scope.CommitAsync(cancellation);
        return true;
    }

    private static async Task AddLocationAsync(WriteScope scope, string id, string name, string address, CancellationToken cancellation)
    {
        await scope.Command("INSERT INTO locations (id, name, address) VALUES (@id, @n, @a)", ("@id", id), ("@n", name), ("@a", address))
            .ExecuteAsync(cancellation);
        foreach (var hours in DefaultHours)
        {
            await scope.Command("INSERT INTO opening_hours (location_id, weekday, opens_minute, closes_minute) VALUES (@id, @w, @o, @c)",
                ("@id", id), ("@w", (int)hours.Day), ("@o", DayText.Minute(hours.Opens)), ("@c", DayText.Minute(hours.Closes)))
                .ExecuteAsync(cancellation);
        }
    }

    private sealed record SeedMatter(string Name, string Description, string[] Documents, int Minutes, string Category, (string Location, int Counters)[] Offers);
}
