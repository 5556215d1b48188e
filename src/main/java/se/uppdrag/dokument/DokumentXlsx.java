package se.uppdrag.dokument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.jspecify.annotations.Nullable;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link Dokument} as a spreadsheet: a first sheet with the header lines and the text of every section, and
 * one sheet per table (named after its section) with a bold, frozen header row and a filter. Whole numbers become
 * numbers, and so do numbers written the Swedish way ("2 100 000", "12,5"), and ISO dates become dates, so that the
 * sheet can be sorted and summed. Diagrams are left out: the table after each carries its figures.
 */
public final class DokumentXlsx {

    /** The first sheet's name. */
    public static final String SAMMANFATTNING = "Sammanfattning";
    private static final Pattern HELTAL = Pattern.compile("-?\\d{1,15}");
    /** A number as the documents write it in Swedish: digit groups apart ("2 100 000"), a decimal comma ("12,5"), a − sign. */
    private static final Pattern SVENSKT_TAL = Pattern.compile("[−-]?\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3}){0,4}(?:,\\d{1,4})?");
    private static final Pattern DATUM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_BREDD = 60;

    private DokumentXlsx() {
    }

    public static byte[] skriv(Dokument dokument) {
        try (var bok = new XSSFWorkbook(); var ut = new ByteArrayOutputStream()) {
            var fet = bok.createFont();
            fet.setBold(true);
            var rubrik = bok.createCellStyle();
            rubrik.setFont(fet);
            var datum = bok.createCellStyle();
            datum.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var text = bok.createCellStyle();
            text.setWrapText(true);
            var tal = bok.createCellStyle();
            tal.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("#,##0"));
            var decimaltal = bok.createCellStyle();
            decimaltal.setDataFormat(bok.getCreationHelper().createDataFormat().getFormat("#,##0.00##"));
            var forsta = bok.createSheet(SAMMANFATTNING);
            var rad = 0;
            for (var linje : dokument.huvud()) {
                forsta.createRow(rad++).createCell(0).setCellValue(linje);
            }
            var namn = new HashSet<String>(Set.of(SAMMANFATTNING));
            for (var sektion : dokument.sektioner()) {
                rad++;
                var cell = forsta.createRow(rad++).createCell(0);
                cell.setCellValue(sektion.rubrik());
                cell.setCellStyle(rubrik);
                for (var block : sektion.block()) {
                    switch (block) {
                        case Dokument.Stycke stycke -> forsta.createRow(rad++).createCell(0).setCellValue(stycke.text());
                        case Dokument.Punkter punkter -> {
                            for (var punkt : punkter.punkter()) {
                                forsta.createRow(rad++).createCell(0).setCellValue("• " + punkt.text());
                            }
                        }
                        case Dokument.Tabell tabell -> {
                            var blad = bok.createSheet(bladnamn(sektion.rubrik(), namn));
                            tabell(blad, tabell, rubrik, datum, text, tal, decimaltal);
                            forsta.createRow(rad++).createCell(0).setCellValue("→ " + blad.getSheetName());
                        }
                        case Dokument.Diagram diagram -> {
                            // the table after a diagram carries its figures
                        }
                    }
                }
            }
            forsta.setColumnWidth(0, 120 * 256);
            bok.write(ut);
            return ut.toByteArray();
        } catch (IOException fel) {
            throw new UncheckedIOException(fel);
        }
    }

    private static void tabell(Sheet blad, Dokument.Tabell tabell, CellStyle rubrik, CellStyle datum, CellStyle text,
            CellStyle tal, CellStyle decimaltal) {
        var bredd = new int[tabell.rubriker().size()];
        var huvud = blad.createRow(0);
        for (int k = 0; k < tabell.rubriker().size(); k++) {
            var cell = huvud.createCell(k);
            cell.setCellValue(tabell.rubriker().get(k));
            cell.setCellStyle(rubrik);
            bredd[k] = tabell.rubriker().get(k).length();
        }
        var nr = 1;
        for (var rad : tabell.rader()) {
            var rrad = blad.createRow(nr++);
            for (int k = 0; k < rad.size(); k++) {
                var varde = rad.get(k);
                var cell = rrad.createCell(k);
                var dag = datum(varde);
                if (dag != null) {
                    cell.setCellValue(dag);
                    cell.setCellStyle(datum);
                } else if (HELTAL.matcher(varde).matches()) {
                    cell.setCellValue(Long.parseLong(varde));
                } else if (SVENSKT_TAL.matcher(varde).matches()) {
                    cell.setCellValue(new java.math.BigDecimal(varde.replaceAll("[\\u00a0\\u202f ]", "").replace(',', '.')
                            .replace('−', '-')).doubleValue());
                    cell.setCellStyle(varde.contains(",") ? decimaltal : tal);
                } else {
                    cell.setCellValue(varde);
                    cell.setCellStyle(text);
                }
                bredd[k] = Math.max(bredd[k], Math.min(varde.length(), MAX_BREDD));
            }
        }
        for (int k = 0; k < bredd.length; k++) {
            blad.setColumnWidth(k, (Math.max(bredd[k], 10) + 2) * 256);
        }
        blad.createFreezePane(0, 1);
        blad.setAutoFilter(new CellRangeAddress(0, Math.max(0, nr - 1), 0, bredd.length - 1));
    }

    private static @Nullable LocalDate datum(String varde) {
        if (!DATUM.matcher(varde).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(varde);
        } catch (DateTimeParseException ingetDatum) {
            return null;
        }
    }

    /** A sheet name Excel accepts (at most 31 characters, no []:*?/\), cut at a word, unique in the book. */
    private static String bladnamn(String rubrik, Set<String> tagna) {
        var namn = WorkbookUtil.createSafeSheetName(rubrik, '-');
        if (rubrik.length() > 31) {
            var klipp = namn.lastIndexOf(' ');
            namn = klipp > 10 ? namn.substring(0, klipp) : namn;
        }
        var unikt = namn;
        for (int i = 2; !tagna.add(unikt); i++) {
            unikt = namn.substring(0, Math.min(namn.length(), 28)) + " " + i;
        }
        return unikt;
    }
}
