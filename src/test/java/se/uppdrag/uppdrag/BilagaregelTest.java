package se.uppdrag.uppdrag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.MultipartConfigElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import se.uppdrag.TestFolk;

/** The server takes only attachments within the one size limit and of the kinds on the list, whatever the browser sent. */
class BilagaregelTest extends ProcessTestBase {

    @Autowired
    Bilageregler regler;
    @Autowired
    MultipartConfigElement multipart;
    @Autowired
    Environment miljo;

    private String slutrapportuppgift(UppdragId id) {
        return uppgift(TestFolk.TAGARE, id, "slutrapport").id();
    }

    @Test
    void the_final_report_refuses_a_file_of_a_kind_not_taken_and_stores_nothing() {
        var id = faststalltUppdrag();
        var uppgift = slutrapportuppgift(id);
        assertThatThrownBy(() -> genomforande.lamnaSlutrapport(uppgift, "Rapporten bifogas.",
                List.of(new Bilaga("program.exe", "application/x-msdownload", new byte[] {77, 90}))))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> {
                    assertThat(fel.nyckel()).isEqualTo("bilaga.fel-filtyp");
                    assertThat(fel.argument()).containsExactly("program.exe", ".exe");
                });
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
        assertThat(uppgifter(TestFolk.TAGARE, id, "slutrapport")).hasSize(1);
    }

    @Test
    void the_final_report_refuses_a_file_over_the_limit() {
        var id = faststalltUppdrag();
        var uppgift = slutrapportuppgift(id);
        var forStor = new byte[(int) regler.maxByte() + 1];
        assertThatThrownBy(() -> genomforande.lamnaSlutrapport(uppgift, "Rapporten bifogas.",
                List.of(new Bilaga("rapport.pdf", "application/pdf", forStor))))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> {
                    assertThat(fel.nyckel()).isEqualTo("bilaga.for-stor");
                    assertThat(fel.argument()).containsExactly("rapport.pdf", "20 MB");
                });
        assertThat(status(id)).isEqualTo(UppdragStatus.PAGAENDE);
    }

    @Test
    void a_file_whose_type_does_not_fit_its_name_is_refused_and_one_at_the_limit_is_taken() {
        var id = faststalltUppdrag();
        var uppgift = slutrapportuppgift(id);
        assertThatThrownBy(() -> genomforande.lamnaSlutrapport(uppgift, "Rapporten bifogas.",
                List.of(new Bilaga("rapport.pdf", "application/x-msdownload", new byte[] {1}))))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> assertThat(fel.nyckel()).isEqualTo("bilaga.fel-innehall"));

        genomforande.lamnaSlutrapport(uppgift, "Rapporten bifogas.", List.of(
                new Bilaga("rapport.PDF", "application/pdf", new byte[(int) regler.maxByte()]),
                new Bilaga("siffror.csv", "application/vnd.ms-excel", new byte[] {1}),
                new Bilaga("okänd.docx", "application/octet-stream", new byte[] {1})));
        assertThat(status(id)).isEqualTo(UppdragStatus.SLUTRAPPORT_INLAMNAD);
    }

    @Test
    void the_limit_is_set_once_and_the_web_server_follows_it() {
        assertThat(regler.maxStorlek()).isEqualTo(DataSize.ofMegabytes(20));
        assertThat(regler.maxText()).isEqualTo("20 MB");
        assertThat(multipart.getMaxFileSize()).isEqualTo(regler.maxByte());
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(regler.maxByte());
        assertThat(miljo.getProperty("server.tomcat.max-swallow-size", DataSize.class)).isEqualTo(regler.maxStorlek());
        assertThat(miljo.getProperty("spring.servlet.multipart.max-file-size")).as("no second limit beside the one").isNull();
    }

    @Test
    void the_rules_read_the_kind_from_the_name_and_check_a_given_type_against_it() {
        var regel = new Bilageregler(DataSize.ofKilobytes(512));
        assertThat(regel.maxText()).isEqualTo("512 kB");
        regel.kontrollera("Bild.JPEG", "image/jpeg", 10);
        regel.kontrollera("protokoll.odt", null, 10);
        assertThatThrownBy(() -> regel.kontrollera("utan-andelse", null, 10))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> assertThat(fel.nyckel()).isEqualTo("bilaga.utan-filandelse"));
        assertThatThrownBy(() -> regel.kontrollera("skript.js", "text/javascript", 10))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> assertThat(fel.argument()).containsExactly("skript.js", ".js"));
        assertThatThrownBy(() -> regel.kontrollera("bild.png", "image/png", 512 * 1024 + 1))
                .isInstanceOfSatisfying(BilagaAvvisadException.class, fel -> assertThat(fel.nyckel()).isEqualTo("bilaga.for-stor"));
    }
}
