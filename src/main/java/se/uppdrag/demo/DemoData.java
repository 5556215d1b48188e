package se.uppdrag.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.uppdrag.delegation.Delegationsordning;
import se.uppdrag.delegation.NyDelegationsregel;
import se.uppdrag.delegation.Uppdragsslag;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Enhet;
import se.uppdrag.personer.Enhetskod;
import se.uppdrag.personer.Enhetstyp;
import se.uppdrag.personer.KatalogService;
import se.uppdrag.personer.NyEnhet;
import se.uppdrag.personer.OrganisationService;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.Personuppgifter;
import se.uppdrag.plan.Plan;
import se.uppdrag.plan.Indikator;
import se.uppdrag.plan.IndikatorService;
import se.uppdrag.plan.IndikatorUtkast;
import se.uppdrag.plan.PlanService;
import se.uppdrag.plan.PlanUtkast;
import se.uppdrag.security.AnvandareService;
import se.uppdrag.security.Roller;
import se.uppdrag.security.SystemInloggning;

/**
 * Seeds fictional people, logins for every role and a handful of uppdrag in different states, once, on an
 * empty database. Development profile only: production never gets demo users.
 */
@Component
@Profile("dev")
class DemoData implements ApplicationRunner {

    /** Development only: breaks the password rules on purpose (short, well known); see skapaDemoinloggningEndastForUtveckling. */
    static final String LOSENORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final KatalogService personer;
    private final OrganisationService organisation;
    private final AnvandareService anvandare;
    private final SystemInloggning inloggning;
    private final DemoUppdrag uppdrag;
    private final Delegationsordning delegationsordning;
    private final PlanService planer;
    private final IndikatorService indikatorer;
    private final Map<String, Enhet> enheter = new LinkedHashMap<>();
    private int nummer = 10_000;

    DemoData(KatalogService personer, OrganisationService organisation, AnvandareService anvandare, SystemInloggning inloggning,
            DemoUppdrag uppdrag, Delegationsordning delegationsordning, PlanService planer,
            IndikatorService indikatorer) {
        this.planer = planer;
        this.indikatorer = indikatorer;
        this.personer = personer;
        this.organisation = organisation;
        this.anvandare = anvandare;
        this.inloggning = inloggning;
        this.uppdrag = uppdrag;
        this.delegationsordning = delegationsordning;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (inloggning.somDemoadministrator(anvandare::antal) > 0) {
            return;
        }
        var folk = inloggning.somDemoadministrator(this::skapaPersonerOchInloggningar);
        var plan = inloggning.somDemoadministrator(this::skapaPlan);
        uppdrag.skapa(folk, plan);
        log.info("Demodata skapad: logga in som maria, ahmed, karin, olof, britt, anders eller oskar med lösenordet {}", LOSENORD);
    }

    /** Region Exempel with its koncernkontor, a few förvaltningar and avdelningar: the units the demo people sit in. */
    private void skapaOrganisation() {
        var region = enhet("Region Exempel", "RE", Enhetstyp.REGION, null);
        var kontor = enhet("Koncernkontoret", "KK", Enhetstyp.KONCERNKONTOR, region);
        enhet("Kansliet", "KK-KAN", Enhetstyp.AVDELNING, kontor);
        enhet("Avdelning digitalisering", "KK-DIG", Enhetstyp.AVDELNING, kontor);
        enhet("Avdelning ekonomi", "KK-EKO", Enhetstyp.AVDELNING, kontor);
        enhet("Avdelning HR", "KK-HR", Enhetstyp.AVDELNING, kontor);
        enhet("Förvaltningarnas samverkansgrupp", "KK-SAM", Enhetstyp.AVDELNING, kontor);
        var hsf = enhet("Hälso- och sjukvårdsförvaltningen", "HSF", Enhetstyp.FORVALTNING, region);
        enhet("Norra sjukhuset", "HSF-NS", Enhetstyp.AVDELNING, hsf);
        enhet("Primärvården", "HSF-PV", Enhetstyp.AVDELNING, hsf);
        var rs = enhet("Regionservice", "RS", Enhetstyp.FORVALTNING, region);
        enhet("Regionservice IT", "RS-IT", Enhetstyp.AVDELNING, rs);
    }

    private Enhet enhet(String namn, String kod, Enhetstyp typ, @org.jspecify.annotations.Nullable Enhet overordnad) {
        var enhet = organisation.skapa(new NyEnhet(namn, new Enhetskod(kod), typ, overordnad == null ? null : overordnad.id()));
        enheter.put(kod, enhet);
        return enhet;
    }

    private Map<String, Person> skapaPersonerOchInloggningar() {
        skapaOrganisation();
        var folk = new LinkedHashMap<String, Person>();
        folk.put("karin", person("Karin Ek", "regiondirektör", "KK"));
        folk.put("olof", person("Olof Lind", "hälso- och sjukvårdsdirektör", "KK"));
        folk.put("maria", person("Maria Berg", "utvecklingsstrateg", "KK"));
        folk.put("ahmed", person("Ahmed Nur", "programchef", "KK"));
        folk.put("lena", person("Lena Holm", "sjukhusdirektör Norra sjukhuset", "HSF-NS"));
        folk.put("per", person("Per Sund", "förvaltningschef Primärvården", "HSF-PV"));
        folk.put("eva", person("Eva Ström", "utvecklingschef digitalisering", "KK-DIG"));
        folk.put("johan", person("Johan Lilja", "strateg vårdens processer", "KK"));
        folk.put("sara", person("Sara Vik", "controller", "KK-EKO"));
        folk.put("nils", person("Nils Åberg", "HR-strateg", "KK-HR"));
        folk.put("tove", person("Tove Almgren", "kommunikationschef", "KK"));
        folk.put("rune", person("Rune Dahl", "kanslichef", "KK-KAN"));
        folk.put("ida", person("Ida Fors", "samordnare", "KK-SAM"));
        folk.put("britt", person("Britt Lund", "registrator", "KK-KAN"));
        folk.put("anders", person("Anders Holt", "systemförvaltare", "RS-IT"));
        folk.put("oskar", person("Oskar Ny", "handläggare", "RS"));
        inloggning("maria", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        inloggning("ahmed", folk, Roller.ANVANDARE);
        inloggning("karin", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        inloggning("olof", folk, Roller.ANVANDARE);
        inloggning("britt", folk, Roller.ANVANDARE, Roller.REGISTRATOR);
        inloggning("anders", folk, Roller.ANVANDARE, Roller.HANDLAGGARE, Roller.ADMINISTRATOR);
        inloggning("oskar", folk, Roller.ANVANDARE, Roller.HANDLAGGARE);
        skapaDelegationsordning(folk);
        return folk;
    }

    /**
     * Who may decide what, covering every beslutsfattare of the demo uppdrag: the regiondirektör anything in the region,
     * the hälso- och sjukvårdsdirektör new uppdrag of the koncernkontor up to 2 mnkr (the draft that Maria sends him),
     * and the sjukhusdirektör her hospital's up to 500 000 kr.
     */
    private void skapaDelegationsordning(Map<String, Person> folk) {
        var fran = LocalDate.of(2025, 1, 1);
        delegationsordning.skapa(new NyDelegationsregel(folk.get("karin").id(), enheter.get("RE").id(), null, null, fran, null));
        delegationsordning.skapa(new NyDelegationsregel(folk.get("olof").id(), enheter.get("KK").id(), Uppdragsslag.NYTT,
                new BigDecimal("2000000"), fran, null));
        delegationsordning.skapa(new NyDelegationsregel(folk.get("lena").id(), enheter.get("HSF-NS").id(), null,
                new BigDecimal("500000"), fran, null));
    }

    /** The regional board's plan for 2026, adopted in February, with three målområden and an indicator for two of its mål. */
    private Plan skapaPlan() {
        var plan = planer.spara(new PlanUtkast(null, "Regionstyrelsens verksamhetsplan 2026", 2026, 2026, LocalDate.of(2026, 2, 17),
                "Regionstyrelsen", List.of(
                        new PlanUtkast.MalomradeUtkast(null, "God och nära vård", List.of("Kortare väntetider till första besök",
                                "Fler digitala vårdtjänster")),
                        new PlanUtkast.MalomradeUtkast(null, "Attraktiv arbetsgivare", List.of("Lägre personalomsättning")),
                        new PlanUtkast.MalomradeUtkast(null, "Ekonomi i balans", List.of("Ett resultat i balans")))), null);
        var malen = indikatorer.malen(plan.id());
        var vantetid = indikatorer.spara(new IndikatorUtkast(null, malen.get(0).id(), "Väntetid till första besök", Indikator.Slag.KVANTITATIV,
                "dagar", Indikator.Riktning.LAGRE_AR_BATTRE), null);
        indikatorer.sparaAr(vantetid.id(), new Indikator.Arsvarde(2025, null, new BigDecimal("62"), null, null), null);
        indikatorer.sparaAr(vantetid.id(), new Indikator.Arsvarde(2026, new BigDecimal("45"), new BigDecimal("51"), null,
                "Delårsutfall till och med augusti"), null);
        var kompetens = indikatorer.spara(new IndikatorUtkast(null, malen.get(2).id(), "Finns en plan för kompetensförsörjningen?",
                Indikator.Slag.KVALITATIV, null, Indikator.Riktning.HOGRE_AR_BATTRE), null);
        indikatorer.sparaAr(kompetens.id(), new Indikator.Arsvarde(2025, null, null, Indikator.Svar.NEJ, null), null);
        indikatorer.sparaAr(kompetens.id(), new Indikator.Arsvarde(2026, null, null, Indikator.Svar.DELVIS,
                "Planen remitteras i oktober"), null);
        return plan;
    }

    private Person person(String namn, String titel, String enhetskod) {
        var epost = namn.toLowerCase().replace(' ', '.').replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                + "@regionexempel.se";
        return personer.skapa(new Personuppgifter(namn, titel, enheter.get(enhetskod).id(), EmailAddress.of(epost),
                "E" + (++nummer), null, null));
    }

    private void inloggning(String namn, Map<String, Person> folk, String... roller) {
        // demo only: "demo1234" breaks the password rules on purpose, so it goes through the dev-profile-only path
        anvandare.skapaDemoinloggningEndastForUtveckling(namn, LOSENORD, folk.get(namn).id(), Set.of(roller));
    }
}
