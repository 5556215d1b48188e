package se.uppdrag.uppdrag;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Defaults for new uppdragshandlingar: the organisation, unit and diarium series of this installation. */
@ConfigurationProperties("uppdrag")
public record UppdragInstallningar(String organisation, String enhet, String diarieprefix) {

    public UppdragInstallningar {
        organisation = organisation == null ? "Region Exempel" : organisation;
        enhet = enhet == null ? "" : enhet;
        diarieprefix = diarieprefix == null ? "RS" : diarieprefix;
    }
}
