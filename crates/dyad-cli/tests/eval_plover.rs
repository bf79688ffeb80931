//! `dyad eval plover` on a small file in the team's example format, written
//! for this test: the accuracy line counts the related rows and the
//! no-relation (`NONE`) rows are scored as false alarms apart.

mod common;
use common::{dyad, dyad_ok, temp_dir};

const EXAMPLES: &str = "id\tcategory\tmode\ten\tit
T-1\tACCUSE\t-\t<s>Norway</s> condemned <t>Sweden</t> for the raid.\t<s>La Norvegia</s> ha condannato <t>la Svezia</t> per il raid.
T-2\tCONSULT\t-\t<s>Chile</s> met <t>Peru</t> in Lima on Monday.\t<s>Il Cile</s> ha incontrato <t>il Perù</t> a Lima lunedì.
T-3\tNONE\t-\t<s>Chile</s> and <t>Peru</t> both reported rain on Monday.\t<s>Il Cile</s> e <t>il Perù</t> hanno registrato piogge lunedì.
T-4\tNONE\t-\t<s>Norway</s> condemned <t>Sweden</t> for the raid.\t<s>La Norvegia</s> ha condannato <t>la Svezia</t> per il raid.
";

#[test]
fn related_rows_are_scored_and_no_relation_rows_count_false_alarms() {
    let dir = temp_dir("eval-plover");
    let file = dir.join("examples.tsv");
    std::fs::write(&file, EXAMPLES).unwrap();
    for lang in ["en", "it"] {
        let out = dyad_ok(&["eval", "plover", file.to_str().unwrap(), "--lang", lang]);
        assert!(out.contains("rows: 2 "), "{lang}: {out}");
        assert!(
            out.contains("accuracy (category + linked pair, YIELD = CONCEDE): 1.000"),
            "{lang}: {out}"
        );
        // T-4 repeats a related sentence under NONE: the coder links its pair, a false alarm
        assert!(
            out.contains("no-relation rows (NONE): 2; an event links the marked pair (false alarm): 1 (0.500)"),
            "{lang}: {out}"
        );
    }
}

/// The dev files' layout, with RFC 4180 quoting as spreadsheet tools write
/// it: a field holding quote marks is quoted and its quotes doubled.
const DEV_LAYOUT: &str = "\tsentence_id\tsentence\tmarked_sentence\tsource\ttarget\tgold_root
0\t1\t\"Norway condemned Sweden for the \"\"illegal\"\" raid.\"\t\"<s>Norway</s> condemned <t>Sweden</t> for the \"\"illegal\"\" raid.\"\tNorway\tSweden\tREJECT
1\t2\tChile met Peru in Lima on Monday.\t<s>Chile</s> met <t>Peru</t> in Lima on Monday.\tChile\tPeru\tCONSULT
2\t3\tChile met Peru.\t<s>Chile</s> met <t>Peru</t>.\tChile\tPeru\tGREET
";

#[test]
fn quoted_fields_are_read_as_written_and_a_bad_row_is_named() {
    let dir = temp_dir("eval-plover-quoted");
    let file = dir.join("dev.tsv");
    std::fs::write(&file, DEV_LAYOUT).unwrap();
    let out = dyad(&["eval", "plover", file.to_str().unwrap(), "--lang", "en", "--errors"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stdout.contains("rows: 2 "), "{stdout}");
    // Row 1 is wrong on purpose (gold REJECT) so that its sentence is printed:
    // unquoted, with single quote marks.
    assert!(
        stdout.contains(":: Norway condemned Sweden for the \"illegal\" raid."),
        "{stdout}"
    );
    assert!(
        stderr.contains("dev.tsv:4: unknown category 'GREET', row skipped"),
        "{stderr}"
    );
    let _ = std::fs::remove_dir_all(dir);
}
