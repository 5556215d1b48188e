package se.uppdrag.uppdrag.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import se.uppdrag.diarium.Diarienummer;
import se.uppdrag.personer.EmailAddress;
import se.uppdrag.personer.Person;
import se.uppdrag.personer.PersonId;
import se.uppdrag.plan.MalomradeId;
import se.uppdrag.plan.PlanId;
import se.uppdrag.uppdrag.Aktivitet;
import se.uppdrag.uppdrag.Arbetsgruppsmedlem;
import se.uppdrag.uppdrag.Arbetsorganisation;
import se.uppdrag.uppdrag.Beslutsfattare;
import se.uppdrag.uppdrag.Beslutsform;
import se.uppdrag.uppdrag.Distribution;
import se.uppdrag.uppdrag.Ersatter;
import se.uppdrag.uppdrag.Finansiering;
import se.uppdrag.uppdrag.Huvud;
import se.uppdrag.uppdrag.Mottagare;
import se.uppdrag.uppdrag.Planplacering;
import se.uppdrag.uppdrag.Samband;
import se.uppdrag.uppdrag.Tidplan;
import se.uppdrag.uppdrag.UppdragId;
import se.uppdrag.uppdrag.UppdragRef;
import se.uppdrag.uppdrag.Uppdragshandling;

/** Between the stored entity and the {@link Uppdragshandling} record. Stateless. */
public final class UppdragMapper {

    private UppdragMapper() {
    }

    /** Every person the entity names, so they can be fetched in one query. */
    public static Set<PersonId> personer(UppdragEntity e) {
        var ids = new HashSet<Long>();
        ids.add(e.agareId);
        if (e.uppdragstagareId != null) {
            ids.add(e.uppdragstagareId);
        }
        ids.addAll(e.uppdragsgivare);
        e.arbetsgrupp.forEach(rad -> ids.add(rad.personId()));
        e.aktiviteter.stream().map(AktivitetRad::ansvarigId).filter(java.util.Objects::nonNull).forEach(ids::add);
        e.beslutsfattare.forEach(rad -> ids.add(rad.personId()));
        e.mottagare.stream().map(MottagareRad::personId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return ids.stream().map(PersonId::new).collect(java.util.stream.Collectors.toSet());
    }

    /** The uppdrag the entity links to (ersätter, samband). */
    public static Set<Long> lankadeUppdrag(UppdragEntity e) {
        var ids = new HashSet<>(e.samband);
        if (e.ersatterUppdragId != null) {
            ids.add(e.ersatterUppdragId);
        }
        return ids;
    }

    public static UppdragRef ref(UppdragEntity e) {
        return new UppdragRef(new UppdragId(e.id), e.titel, e.diarienummer == null ? null : Diarienummer.parse(e.diarienummer));
    }

    public static Uppdragshandling handling(UppdragEntity e, Map<PersonId, Person> personer, Map<Long, UppdragRef> refs) {
        var p = (java.util.function.Function<Long, Person>) id -> personer.get(new PersonId(id));
        var ersatter = e.ersatterUppdragId != null ? Ersatter.uppdrag(refs.get(e.ersatterUppdragId))
                : e.ersatterBenamning != null ? new Ersatter(null, e.ersatterBenamning, e.ersatterDatum) : null;
        return new Uppdragshandling(new UppdragId(e.id), e.version, e.status, p.apply(e.agareId),
                new Huvud(e.organisation, e.enhet, e.datum, planplacering(e)),
                e.diarienummer == null ? null : Diarienummer.parse(e.diarienummer), e.titel,
                e.uppdragsgivare.stream().map(p).toList(),
                e.uppdragstagareId == null ? null : p.apply(e.uppdragstagareId), ersatter, e.beskrivning,
                e.innefattar, e.ska,
                new Arbetsorganisation(e.arbetsgrupp.stream().map(rad -> new Arbetsgruppsmedlem(p.apply(rad.personId()),
                        rad.roll(), rad.projektledare(), rad.sammanstallande())).toList(), e.arbetsgruppNotering),
                new Samband(e.samband.stream().map(refs::get).toList(), e.sambandText), e.kommunikation,
                new Tidplan(e.prioritet, e.slutleverans, e.statusrapportering, e.aktiviteter.stream().map(rad -> new Aktivitet(rad.namn(),
                        rad.period(), rad.ansvarigId() == null ? null : p.apply(rad.ansvarigId()), rad.ansvarigText())).toList(),
                        e.ansvarigIUppfoljning),
                new Finansiering(e.finansieringText, e.finansieringBelopp, e.beraknadEffekt),
                new Beslutsform(e.rapporteringTill, e.beslutsfattare.stream()
                        .map(rad -> new Beslutsfattare(p.apply(rad.personId()), rad.beslutarEnsam())).toList(),
                        e.beslutsdatum, e.beslutadAv),
                new Distribution(mottagare(e, MottagareRad.GENOMFORANDE, p), mottagare(e, MottagareRad.KANNEDOM, p)));
    }

    public static Planplacering planplacering(UppdragEntity e) {
        return new Planplacering(e.planId == null ? null : new PlanId(e.planId),
                e.malomradeId == null ? null : new MalomradeId(e.malomradeId), e.plannummer, e.utfardare,
                e.delpunkter == null ? List.of() : List.of(e.delpunkter.split("\n")));
    }

    private static List<Mottagare> mottagare(UppdragEntity e, String lista, java.util.function.Function<Long, Person> p) {
        return e.mottagare.stream().filter(rad -> rad.lista().equals(lista))
                .map(rad -> new Mottagare(rad.personId() == null ? null : p.apply(rad.personId()),
                        rad.epost() == null ? null : new EmailAddress(rad.epost()), rad.namn(), rad.notering()))
                .toList();
    }

    /**
     * Copies what an editor may change onto the entity. Status, diarienummer, owner and the decision stamp
     * are never taken from the editor.
     */
    public static void tillampa(Uppdragshandling h, UppdragEntity e) {
        e.organisation = h.huvud().organisation().strip();
        e.enhet = text(h.huvud().enhet());
        e.datum = h.huvud().datum();
        var plan = h.huvud().plan();
        e.planId = plan.plan() == null ? null : plan.plan().value();
        e.malomradeId = plan.malomrade() == null ? null : plan.malomrade().value();
        e.plannummer = text(plan.nummer());
        e.utfardare = text(plan.utfardare());
        var delpunkter = rader(plan.delpunkter());
        e.delpunkter = delpunkter.isEmpty() ? null : String.join("\n", delpunkter);
        e.titel = h.titel().strip();
        ersatt(e.uppdragsgivare, h.uppdragsgivare().stream().map(person -> person.id().value()).distinct().toList());
        e.uppdragstagareId = h.uppdragstagare() == null ? null : h.uppdragstagare().id().value();
        var ersatter = h.ersatter();
        e.ersatterUppdragId = ersatter != null && ersatter.uppdrag() != null ? ersatter.uppdrag().id().value() : null;
        e.ersatterBenamning = ersatter != null && ersatter.uppdrag() == null ? text(ersatter.benamning()) : null;
        e.ersatterDatum = ersatter != null && ersatter.uppdrag() == null ? ersatter.datum() : null;
        e.beskrivning = text(h.beskrivning());
        ersatt(e.innefattar, rader(h.innefattar()));
        ersatt(e.ska, rader(h.ska()));
        ersatt(e.arbetsgrupp, h.arbetsorganisation().medlemmar().stream().map(m -> new ArbetsgruppRad(
                m.person().id().value(), text(m.roll()), m.projektledare(), m.sammanstallande())).toList());
        e.arbetsgruppNotering = text(h.arbetsorganisation().notering());
        ersatt(e.samband, h.samband().uppdrag().stream().map(ref -> ref.id().value()).distinct().toList());
        e.sambandText = text(h.samband().text());
        e.kommunikation = text(h.kommunikation());
        e.prioritet = text(h.tidplan().prioritet());
        e.slutleverans = h.tidplan().slutleverans();
        e.statusrapportering = h.tidplan().statusrapportering();
        e.ansvarigIUppfoljning = text(h.tidplan().ansvarigIUppfoljning());
        ersatt(e.aktiviteter, h.tidplan().aktiviteter().stream().map(a -> new AktivitetRad(a.namn().strip(), a.period(),
                a.ansvarig() == null ? null : a.ansvarig().id().value(), text(a.ansvarigText()))).toList());
        e.finansieringText = text(h.finansiering().text());
        e.finansieringBelopp = h.finansiering().beloppKr();
        e.beraknadEffekt = h.finansiering().beraknadEffekt();
        e.rapporteringTill = text(h.beslutsform().rapporteringTill());
        ersatt(e.beslutsfattare, h.beslutsform().beslutsfattare().stream()
                .map(b -> new BeslutsfattareRad(b.person().id().value(), b.beslutarEnsam())).toList());
        ersatt(e.mottagare, Stream.concat(
                h.distribution().forGenomforande().stream().map(m -> rad(MottagareRad.GENOMFORANDE, m)),
                h.distribution().forKannedom().stream().map(m -> rad(MottagareRad.KANNEDOM, m))).toList());
        ersatt(e.deltagare, deltagare(e));
    }

    private static MottagareRad rad(String lista, Mottagare m) {
        return new MottagareRad(lista, m.person() == null ? null : m.person().id().value(),
                m.epost() == null ? null : m.epost().value(), text(m.namn()), text(m.notering()));
    }

    /** Owner, uppdragsgivare, uppdragstagare, arbetsgrupp, responsible people, beslutsfattare and distribution. */
    private static Set<Long> deltagare(UppdragEntity e) {
        return personer(e).stream().map(PersonId::value).collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> rader(List<String> rader) {
        return rader.stream().map(String::strip).filter(rad -> !rad.isEmpty()).toList();
    }

    private static @Nullable String text(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> void ersatt(Collection<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }
}
