#[path = "../benches/corpus.rs"]
#[allow(dead_code)]
mod corpus;
fn main() {
    let c = corpus::mixed();
    for d in &c.docs {
        println!("{}", serde_json::json!({"text": d}));
    }
}
