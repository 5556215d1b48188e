package se.uppdrag.uppdrag.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.uppdrag.TestFolk;
import se.uppdrag.uppdrag.Beslut;
import se.uppdrag.uppdrag.RemissService;
import se.uppdrag.uppdrag.UppdragId;

/** The Processbild tab: every name in the user's language, and where the uppdrag stands in words. */
class ProcessbildTest extends ProcessViewTestBase {

    private static final Pattern NAMN = Pattern.compile("<[^>]*\\sid=\"([^\"]+)\"[^>]*\\sname=\"([^\"]*)\"|<[^>]*\\sname=\"([^\"]*)\"[^>]*\\sid=\"([^\"]+)\"");

    @Autowired
    RemissService remiss;

    @Test
    void an_uppdrag_for_decision_is_said_to_stand_at_the_decision_by_name_not_by_id() {
        var id = sparaFullstandigt().id();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());

        var bild = oppna(TestFolk.AGARE, id, "Processbild");
        assertThat(lage(bild)).isEqualTo("Uppdraget står nu vid: Beslut, Besluta om uppdraget.");
        assertThat(figur(bild).getAttribute("aria-label"))
                .isEqualTo("Processbild över uppdragets livscykel. Uppdraget står nu vid: Beslut, Besluta om uppdraget.");
        assertThat(figur(bild).getProperty("aktiva")).contains("beslutsuppgift");
        assertThat(figur(bild).getAttribute("tabindex")).isEqualTo("0");
    }

    @Test
    void a_remiss_waiting_for_answers_stands_at_the_answers_not_at_its_reply_date_timer() {
        var id = sparaFullstandigt().id();
        remiss.skickaPaRemiss(uppgift(TestFolk.AGARE, id, "utkast").id(), List.of(folk.person(TestFolk.MEDLEM).id()),
                LocalDate.now(klocka).plusDays(7));

        var bild = oppna(TestFolk.AGARE, id, "Processbild");
        assertThat(lage(bild)).isEqualTo("Uppdraget står nu vid: Remiss, Svara på remiss, Följ remissen.");
        assertThat(figur(bild).getProperty("aktiva")).doesNotContain("svarsdatumPasserat");
    }

    @Test
    void a_rejected_uppdrag_has_come_to_the_end_of_its_process() {
        var id = sparaFullstandigt().id();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        beslut.besluta(uppgift(TestFolk.BESLUTSFATTARE, id, "beslutsuppgift").id(), Beslut.AVSLA, "Inte nu");

        var bild = oppna(TestFolk.AGARE, id, "Processbild");
        assertThat(lage(bild)).isEqualTo("Uppdragets process är avslutad.");
        assertThat(figur(bild).getProperty("passerade")).contains("avslaget");
    }

    @Test
    void in_english_every_name_drawn_is_the_english_one_and_the_current_step_is_said_in_english() {
        var id = sparaFullstandigt().id();
        beslut.skickaForBeslut(uppgift(TestFolk.AGARE, id, "utkast").id());
        folk.loggaIn(TestFolk.AGARE);
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var bild = oppna(TestFolk.AGARE, id, "Process");
        assertThat(lage(bild)).isEqualTo("The assignment is now at: Decision, Decide on the assignment.");
        var engelska = oversattning("translations_en.properties");
        var ritade = namn(figur(bild).getProperty("xml"));
        assertThat(ritade).containsEntry("utkast", "Work on the draft").containsEntry("registrering",
                "Register and assign a registration number").containsEntry("medBekraftelse", "Yes");
        assertThat(ritade).allSatisfy((element, namn) -> assertThat(namn).as(element)
                .isEqualTo(engelska.getProperty("processbild.steg." + element)));
    }

    @Test
    void every_named_element_of_the_process_has_a_swedish_and_an_english_name_other_than_its_id() throws IOException {
        Map<String, String> modell;
        try (var strom = resurs("processes/uppdragshandling.bpmn20.xml")) {
            modell = namn(new String(strom.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(modell).hasSizeGreaterThan(20);
        var filer = List.of(oversattning("translations.properties"), oversattning("translations_en.properties"));
        var saknas = new ArrayList<String>();
        modell.keySet().forEach(element -> filer.forEach(fil -> {
            var text = fil.getProperty("processbild.steg." + element);
            if (text == null || text.isBlank() || text.equals(element)) {
                saknas.add(element);
            }
        }));
        assertThat(saknas).isEmpty();
        // the Swedish names are the ones the model was drawn with
        assertThat(modell).allSatisfy((element, namn) -> assertThat(filer.getFirst().getProperty("processbild.steg." + element))
                .as(element).isEqualTo(namn));
    }

    private Processbild oppna(String roll, UppdragId id, String flik) {
        folk.loggaIn(roll);
        navigate("uppdrag/" + id.value(), UppdragDokumentView.class);
        return visa($(TabSheet.class).single(), flik, Processbild.class);
    }

    private String lage(Processbild bild) {
        return $(Paragraph.class).from(bild).withClassName("processbild-lage").single().getText();
    }

    /** The drawing's element, as the browser gets it. */
    private static com.vaadin.flow.dom.Element figur(Processbild bild) {
        return bild.getElement().getChildren().filter(e -> e.getTag().equals("uppdrag-processbild")).findFirst().orElseThrow();
    }

    /** Element id to name, for every element of the BPMN model (not the diagram) that has both. */
    private static Map<String, String> namn(String xml) {
        var modell = xml.substring(0, xml.indexOf("BPMNDiagram"));
        var namn = new HashMap<String, String>();
        var matcher = NAMN.matcher(modell);
        while (matcher.find()) {
            if (matcher.group(1) != null) {
                namn.put(matcher.group(1), avkoda(matcher.group(2)));
            } else {
                namn.put(matcher.group(4), avkoda(matcher.group(3)));
            }
        }
        return namn;
    }

    private static String avkoda(String attribut) {
        return attribut.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Properties oversattning(String fil) {
        var texter = new Properties();
        try (var strom = resurs("vaadin-i18n/" + fil)) {
            texter.load(new InputStreamReader(strom, StandardCharsets.UTF_8));
        } catch (IOException fel) {
            throw new IllegalStateException(fel);
        }
        return texter;
    }

    private static InputStream resurs(String namn) {
        var strom = ProcessbildTest.class.getClassLoader().getResourceAsStream(namn);
        assertThat(strom).as(namn).isNotNull();
        return strom;
    }
}
