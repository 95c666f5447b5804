//! A custom rule and a custom lexicon, added to the default rules.
//!
//! ```text
//! cargo run --example custom_rule
//! ```
//!
//! The page below comes from a (made-up) Turkish site: its ad label and related heading are not
//! in the built-in lexicons, and it ends every article with a source-credit line that we want
//! gone. The built-in rules take the new phrases; a small rule of our own takes the credit line.

use std::error::Error;

use textsieve::{AdMarker, Cleaner, Doc, Reason, RelatedSection, Removal, Rule};

/// Removes a trailing "Source: …" / "Kaynak: …" / "المصدر: …" credit line.
#[derive(Debug)]
struct SourceCredit {
    labels: Vec<String>,
}

impl Rule for SourceCredit {
    fn id(&self) -> &'static str {
        "source-credit"
    }

    fn find(&self, doc: &Doc<'_>, out: &mut Vec<Removal>) {
        // Only the last non-blank line can be the credit.
        let Some(last) = doc.lines().rev().find(|l| !l.is_blank()) else {
            return;
        };
        let key = last.key(); // folded: lower case, Arabic spelling variants unified
        if last.words() <= 6
            && self
                .labels
                .iter()
                .any(|label| key.starts_with(label.as_str()))
        {
            out.push(Removal::new(
                last.span(),
                self.id(),
                Reason::custom("source credit line"),
            ));
        }
    }
}

const PAGE: &str = "\
Belediye meclisi salı günü otobüs ağını genişletmeyi oyladı, gece boyunca çalışacak on bir hat eklenecek.

REKLAM

Yetkililer, genişlemenin yeni bir otopark vergisiyle karşılanacağını söyledi.

İlgili Haberler
• Meclis otopark vergisini onayladı
• Gece otobüsleri: neler değişiyor

Eleştirmenler planın vardiyalı çalışanlar için geç kaldığını söyledi.
Kaynak: AA
";

fn main() -> Result<(), Box<dyn Error>> {
    let cleaner = Cleaner::builder()
        .rule(AdMarker::default().label("Reklam"))
        .rule(RelatedSection::default().heading("İlgili Haberler"))
        .rule(SourceCredit {
            labels: ["source:", "kaynak:", "المصدر:"]
                .iter()
                .map(|l| textsieve::fold(l))
                .collect(),
        })
        .build()?;

    let report = cleaner.explain(PAGE);
    print!("{}", report.output);
    eprintln!("--\n{report}");
    assert!(!report.output.contains("REKLAM"));
    assert!(!report.output.contains("Kaynak"));
    assert!(report.output.contains("Eleştirmenler"));
    Ok(())
}
