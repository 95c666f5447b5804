//! Marker phrases, grouped by what they mark and by language.
//!
//! Entries are written as sites print them; they are folded (see [`fold`](crate::fold)) before
//! matching, so one spelling per phrase is enough. Where an entry comes from is noted beside
//! it: "sample" is `shared/samples/000_…` (euronews Arabic); "common" means seen across news
//! and blog templates (`WordPress`, Arc and Drupal themes) in Arabic, English and European
//! languages.

/// Advertisement labels. Matched as a whole line, or glued at the start or end of a line.
#[rustfmt::skip]
pub const AD_LABELS: &[&str] = &[
    // ar — sample: اعلان standalone and glued; the others common on Gulf/Levant news sites
    "اعلان", "إعلان", "إعلانات", "اعلانات", "محتوى مدعوم", "محتوى ممول", "إعلان ممول",
    "مساحة إعلانية", "إعلان تجاري", "برعاية",
    // en — common
    "Advertisement", "Advertisements", "Advertising", "Ad", "Ads", "Sponsored",
    "Sponsored content", "Sponsored links", "Sponsored post", "Sponsored stories", "Paid content",
    "Paid post", "Promoted", "Promoted content", "Partner content", "Ad Feedback",
    "Skip Advertisement", "Advertisement - scroll to continue", "Scroll to continue with content",
    "Story continues below advertisement", "Article continues below advertisement",
    "Article continues below", "Continue reading below", "Remove ads",
    // de, fr, es, it, pl, nl, ru, ja, zh — common
    "Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Reklama", "Advertentie",
    "Реклама", "広告", "广告",
];

/// Headings of related / read-also / most-read sections.
#[rustfmt::skip]
pub const RELATED_HEADINGS: &[&str] = &[
    // ar — sample: مقالات مشابهة, مواضيع إضافية, اخترنا لك, الاكثر قراءة, إقرأ أيضاً; the rest common
    "اقرأ أيضا", "إقرأ أيضاً", "اقرأ كذلك", "اقرأ المزيد", "اقرأ أيضا في", "مقالات مشابهة",
    "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "مواد ذات صلة",
    "روابط ذات صلة", "قصص ذات صلة", "مواضيع إضافية", "مواضيع متعلقة", "أخبار متعلقة",
    "اخترنا لك", "اخترنا لكم", "الأكثر قراءة", "الأكثر تصفحاً", "الأكثر مشاهدة",
    "الأكثر تداولاً", "الأكثر شعبية", "الأكثر قراءة اليوم", "شاهد أيضاً", "شاهد أيضا",
    "المزيد حول هذه القصة", "قد يعجبك أيضاً", "قد يعجبك أيضا", "قد يهمك أيضاً", "قد يهمك",
    "قد يعجبك", "مقالات أخرى", "أخبار أخرى", "المزيد من الأخبار", "تابع أيضاً", "ننصحك بقراءة",
    "آخر الأخبار", "أحدث الأخبار", "مقالات مقترحة", "مواضيع مقترحة", "المزيد",
    // en — common
    "Related", "Related articles", "Related stories", "Related posts", "Related news",
    "Related content", "Related links", "Related topics", "Related coverage", "Related reading",
    "Read more", "Read also", "Also read", "Read next", "See also", "You may also like",
    "You might also like", "You may be interested in", "More from", "More stories",
    "More news", "More on this story", "More on this topic", "Recommended",
    "Recommended for you", "Recommended stories", "Most read", "Most popular", "Most viewed",
    "Most shared", "Trending", "Trending now", "Top stories", "Latest news", "Latest stories",
    "Editor's picks", "Editors' picks", "Don't miss", "More to explore", "What to read next",
    "Popular posts", "Recent posts", "Similar articles", "More like this", "In other news",
    "Around the web", "From the web", "Promoted stories", "Keep reading", "Up next",
    // de, fr, es, it, pl, nl — common
    "Mehr zum Thema", "Weitere Artikel", "Das könnte Sie auch interessieren", "Auch interessant",
    "Lesen Sie auch", "Meistgelesen", "Meistgelesene Artikel", "Empfohlene Artikel",
    "Ähnliche Artikel", "Verwandte Artikel", "À lire aussi", "Lire aussi", "Sur le même sujet",
    "Voir aussi", "Les plus lus", "Te puede interesar", "Noticias relacionadas", "Lee también",
    "Más leídas", "Leggi anche", "Articoli correlati", "Czytaj także", "Zobacz także",
    "Gerelateerde artikelen", "Lees ook",
    // de — common on news, blog and CMS templates
    "Das könnte dich auch interessieren", "Das könnte Sie interessieren",
    "Dich interessiert vielleicht auch", "Das interessiert dich vielleicht auch",
    "Das Thema könnte dich auch interessieren", "Diese Beiträge solltest du nicht verpassen",
    "Weitere Beiträge", "Ähnliche Beiträge", "Verwandte Beiträge", "Verwandte Themen",
    "Verwandte Links", "Neueste Beiträge", "Neueste Artikel", "Letzte Artikel",
    "Letzte Beiträge", "Aktuelle Beiträge", "Beliebte Beiträge", "Beliebte Artikel",
    "Weitere Themen", "Mehr Themen", "Weitere Nachrichten", "Weitere Meldungen",
    "Weiterführende Links", "Empfehlungen aus der Redaktion", "Empfohlen für dich",
    "Empfohlene Beiträge", "Zum Weiterlesen", "Schon gelesen?", "Ähnliche Nachrichten",
    "Top Themen", "Lesen Sie auch die folgenden Beiträge", "Passend zum Thema",
    "Themenrelevante Nachrichten", "Die meistgelesenen Artikel", "Meist gelesen", "Siehe auch", "Auch interessant für dich",
    "Aktuelle News", "Weitere Artikel zum Thema", "Mehr aus dem Ressort",
    // fr, es, pt, it, pl, nl, hu — common
    "Articles correspondants", "Articles similaires", "Articles liés", "Sur le même thème",
    "Dans la même rubrique", "À découvrir aussi", "Pour approfondir", "Vous aimerez aussi",
    "Vous aimerez peut-être aussi", "Les plus partagés", "Derniers articles",
    "À lire également", "Artículos relacionados", "Temas relacionados", "Notas relacionadas",
    "Otras noticias", "Las más vistas", "Lo más leído", "Lo más visto", "Más noticias",
    "Te recomendamos", "También te puede interesar", "Últimas noticias", "Veja também",
    "Leia também", "Notícias relacionadas", "Mais lidas", "Artigos relacionados",
    "Potrebbe interessarti anche", "Ti potrebbe interessare", "I più letti",
    "Notizie correlate", "Articoli simili", "Zobacz również", "Czytaj również",
    "Czytaj też", "Zobacz też", "Polecamy", "Najczęściej czytane", "Podobne artykuły",
    "Przeczytaj także", "Przeczytaj również", "Najpopularniejsze", "Gerelateerde berichten",
    "Meest gelezen", "Meer nieuws", "Ezek is érdekelhetnek",
    // en — common
    "Explore further", "Latest articles", "Recent articles", "More articles",
    "Recommended reading", "Trending stories", "Popular stories", "You might be interested in",
    "Similar posts", "Related videos", "More videos", "Latest videos",
];

/// The read-also headings after which a site may append a whole second article (see
/// [`RelatedSection::drop_appended_article`](crate::RelatedSection::drop_appended_article)).
#[rustfmt::skip]
pub const READ_ALSO_HEADINGS: &[&str] = &[
    "اقرأ أيضا", "إقرأ أيضاً", "اقرأ كذلك", "اقرأ المزيد", "شاهد أيضاً", "Read also", "Also read",
    "Read more", "Read next", "Lesen Sie auch", "Lire aussi", "À lire aussi", "Lee también",
    "Leggi anche", "Czytaj także", "Lees ook",
];

/// Labels of keyword / tag lists.
#[rustfmt::skip]
pub const KEYWORD_LABELS: &[&str] = &[
    // ar — sample: كلمات دلالية, مفاتيح اليوم; the rest common
    "كلمات دلالية", "الكلمات الدلالية", "الكلمات المفتاحية", "كلمات مفتاحية", "وسوم", "الوسوم",
    "مفاتيح اليوم", "العلامات", "تاغ", "هاشتاغ", "مواضيع", "المواضيع", "الموضوعات",
    // en — common
    "Tags", "Tagged", "Tagged with", "Tagged as", "Keywords", "Topics", "Filed under",
    "Categories", "Category", "Related topics", "Subjects",
    // de, fr, es, it, pl — common
    "Schlagworte", "Schlagwörter", "Themen", "Stichwörter", "Étiquettes", "Mots-clés",
    "Mots clés", "Etiquetas", "Temas", "Palabras clave", "Argomenti", "Tagi", "Tematy",
];

/// Legal and copyright phrases: a short line holding one is a footer line.
#[rustfmt::skip]
pub const FOOTER_PHRASES: &[&str] = &[
    // ar — sample: سياسة الخصوصية, تابعونا; the rest common
    "جميع الحقوق محفوظة", "كل الحقوق محفوظة", "حقوق النشر محفوظة", "جميع حقوق النشر محفوظة",
    // en — sample: Copyright ©; common
    "Copyright", "All rights reserved", "All Rights Reserved", "Powered by",
    // de, fr, es, it, pl, nl — common
    "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados",
    "Tutti i diritti riservati", "Wszelkie prawa zastrzeżone", "Alle rechten voorbehouden",
];

/// Footer and navigation link texts: a line that is exactly one of them is page chrome.
#[rustfmt::skip]
pub const FOOTER_LINKS: &[&str] = &[
    // ar — sample: سياسة الخصوصية, تابعونا, اتصل بنا, من نحن, النشرة الإخبارية; the rest common
    "سياسة الخصوصية", "شروط الاستخدام", "الشروط والأحكام", "اتصل بنا", "من نحن", "تابعونا",
    "تابعونا على", "أعلن معنا", "الرئيسية", "خريطة الموقع", "سياسة ملفات الارتباط",
    "النشرة الإخبارية", "اشترك", "اشترك الآن", "شارك", "شارك هذا المقال", "طباعة",
    "أرسل لصديق", "حمل التطبيق", "عن الموقع", "سياسة التحرير", "الأرشيف", "للإعلان معنا",
    "تسجيل الدخول", "إنشاء حساب", "بحث", "ابحث", "القائمة", "إغلاق", "تعديل خيارات ملفات الارتباط",
    // en — sample: Terms and Conditions, Cookie Policy, Contact; common
    "Terms and Conditions", "Terms & Conditions", "Terms of Use", "Terms of Service",
    "Privacy Policy", "Privacy", "Cookie Policy", "Cookie Settings", "Cookies Settings",
    "Manage Cookies", "Contact", "Contact us", "About us", "Advertise", "Advertise with us",
    "Careers", "Work with us", "Sitemap", "Site map", "Help", "FAQ", "Newsletter",
    "Newsletters", "Subscribe", "Subscribe now", "Sign up", "Log in", "Login", "Sign in",
    "Register", "Follow us", "Share", "Share this", "Share this article", "Share this story",
    "Tweet", "Pin", "Email", "Print", "Home", "Back to top", "Skip to content",
    "Skip to main content", "Go to accessibility shortcuts", "Accessibility", "Search", "Menu",
    "Close", "Loading", "Loader", "Navigation", "Main menu", "Toggle navigation",
    "Accessibility statement", "Do not sell my personal information", "RSS", "Imprint",
    // de, fr, es, it — common
    "Impressum", "Datenschutz", "Datenschutzerklärung", "Kontakt", "AGB", "Nutzungsbedingungen",
    "Mentions légales", "Politique de confidentialité", "Aviso legal",
    "Política de privacidad", "Contatti",
    // navigation and account links, de, fr, es, pt, it, pl, en — common
    "Zurück", "Zurück zur Startseite", "Zurück zur Übersicht", "Zurück zur Liste",
    "Zurück zur Listenansicht", "Zurück zur vorherigen Seite", "Zurück zum Seitenanfang",
    "Nach oben", "Seitenanfang", "Startseite", "Suche", "Suchen", "Navigation schließen",
    "Menü", "Menü schließen", "Navigation schliessen", "Karriere", "Anmelden", "Abmelden", "Registrieren", "Jetzt registrieren",
    "Mein Konto", "Warenkorb", "Ihr Warenkorb", "Newsletter abonnieren", "Drucken",
    "Seite drucken", "Weiterlesen", "Weiter", "Vorheriges", "Nächstes", "Vorheriger Artikel",
    "Nächster Artikel", "Barrierefreiheit", "Leichte Sprache", "Mediadaten",
    "Cookie-Einstellungen", "Datenschutzeinstellungen", "Impressum & Datenschutz",
    "Link kopieren", "URL zum Kopieren", "Retour", "Retour à l'accueil", "Retour en haut",
    "Haut de page", "Accueil", "Rechercher", "Se connecter", "Connexion", "S'abonner",
    "S'inscrire", "Mon compte", "Imprimer", "Précédent", "Suivant", "Article suivant",
    "Article précédent", "Plan du site", "Nous contacter", "Contactez-nous",
    "Qui sommes-nous", "Gestion des cookies", "Lire la suite", "Volver", "Volver arriba",
    "Inicio", "Buscar", "Iniciar sesión", "Suscríbete", "Registrarse", "Siguiente",
    "Anterior", "Contacto", "Quiénes somos", "Mapa del sitio", "Leer más", "Seguir leyendo",
    "Voltar", "Início", "Pesquisar", "Entrar", "Assine", "Próximo", "Fale conosco",
    "Leia mais", "Torna su", "Cerca", "Accedi", "Abbonati", "Stampa", "Precedente",
    "Successivo", "Chi siamo", "Continua a leggere", "Powrót", "Wróć", "Strona główna",
    "Szukaj", "Zaloguj się", "Zarejestruj się", "Drukuj", "Poprzedni", "Następny",
    "Regulamin", "Polityka prywatności", "Czytaj więcej", "Go back", "Back to home",
    "Back to homepage", "Back to list", "Back to overview", "Previous", "Next",
    "Previous article", "Next article", "Previous post", "Next post", "Older posts",
    "Newer posts", "Continue reading", "Load more", "Show more", "View all", "See all",
    "See more", "Print this page", "Print article", "Email this", "My account",
    "Your cart", "Shopping cart", "Log out", "Create account", "Forgot password?",
    "Copy link", "Facebook", "Twitter", "Instagram", "YouTube", "LinkedIn", "WhatsApp",
    "Pinterest", "Telegram", "Messenger", "Reddit", "Xing", "Flipboard", "Tumblr", "E-Mail",
    "فيسبوك", "تويتر", "انستغرام", "يوتيوب", "واتساب", "تيليغرام", "السابق", "التالي",
    "المزيد", "عودة", "رجوع", "العودة للأعلى", "الصفحة الرئيسية",
];

/// Phrases of page chrome that are distinctive enough to count inside a glued line: media
/// player markers, share and accessibility links, and section headings. A line holding several
/// of them, of more than one kind, is a strip of page chrome.
#[rustfmt::skip]
pub const CHROME_PHRASES: &[&str] = &[
    // ar — sample: يعرض الآن (now playing), شارك هذا المقال, مواضيع إضافية, اخترنا لك, الأكثر قراءة
    "يعرض الآن", "شارك هذا المقال", "مواضيع إضافية", "اخترنا لك", "الأكثر قراءة",
    "الأكثر مشاهدة", "اقرأ أيضاً", "شاهد أيضاً", "مقالات ذات صلة", "أخبار ذات صلة",
    "جميع الحقوق محفوظة", "سياسة الخصوصية", "تابعونا", "اتصل بنا", "اشترك في النشرة",
    "النشرة الإخبارية", "آخر الأخبار", "عرض المزيد", "مفاتيح اليوم", "كلمات دلالية",
    // en — sample: accessibility shortcuts, Terms and Conditions, Cookie Policy; common
    "accessibility shortcuts", "now playing", "up next", "share this article", "read more",
    "most read", "most popular", "related articles", "terms and conditions", "terms of use",
    "privacy policy", "cookie policy", "all rights reserved", "follow us", "sign up for",
    "subscribe to our newsletter", "advertisement", "sponsored content", "skip to content",
    "you may also like", "recommended for you", "trending now", "more stories", "watch more",
];

/// Openings of share, follow and subscribe prompts: a short line starting with one is a
/// prompt, not text.
#[rustfmt::skip]
pub const SHARE_PREFIXES: &[&str] = &[
    // ar — common (the sample has شارك هذا المقال glued into a chrome line)
    "شارك", "شارك على", "شارك هذا المقال", "شارك الخبر", "تابعونا على", "تابعنا على", "تابعونا",
    "اشترك في", "اشترك الان", "انضم الى", "حمل تطبيق", "ارسل لصديق", "انتقل الى المحتوى",
    // en — common
    "Share on", "Share this", "Share via", "Share article", "Share to", "Tweet this", "Follow us",
    "Follow on", "Follow me", "Subscribe to", "Sign up for", "Join our", "Like us on",
    "Email this", "Print this", "Skip to", "Jump to navigation", "Click to share", "Pin it",
    // de, fr, es, it, pl, nl — common
    "Teilen", "Auf Facebook teilen", "Artikel teilen", "Folgen Sie uns", "Folge uns",
    "Jetzt abonnieren", "Zum Inhalt springen", "Springe zum Inhalt", "Direkt zum Inhalt",
    "Partager", "Suivez-nous", "Aller au contenu", "Compartir", "Síguenos", "Ir al contenido",
    "Condividi", "Seguici", "Udostępnij", "Delen", "Volg ons",
    "Diesen Artikel teilen", "Beitrag teilen", "Seite teilen", "Diese Seite teilen",
    "Mit Freunden teilen", "Teile diesen Beitrag", "Möchten Sie den Artikel teilen",
    "Artikel gefallen", "Weiterempfehlen", "Jetzt teilen", "Jetzt zum", "Jetzt anmelden",
    "Hier kostenlos anmelden", "Zum Newsletter", "Newsletter abonnieren", "Abonnieren Sie",
    "Podziel się", "Partagez", "Partager sur", "Abonnez-vous", "Inscrivez-vous",
    "Compartir en", "Suscríbete", "Compartilhe", "Compartilhar", "Siga-nos", "Nos siga",
    "Share with", "Sign up to", "Get our newsletter",
];

/// Phrases of cookie, consent, newsletter and comment-form notices: a line of moderate length
/// that contains one is a notice. Each is in the site's own voice (`we use cookies`, `this
/// site uses cookies`), never words an article could use (`uses cookies`), since a match
/// anywhere in the line removes it. The search inside lines looks first for rare parts of
/// the phrases (anchors, shared where phrases share them, as `cookies`); past 64 distinct
/// anchors its SIMD prefilter no longer applies and every line is searched several times
/// slower.
#[rustfmt::skip]
pub const NOTICE_PHRASES: &[&str] = &[
    // ar — common
    "ملفات تعريف الارتباط", "نستخدم ملفات", "اشترك في النشرة", "اشترك في نشرتنا",
    "لن يتم نشر عنوان بريدك", "الحقول المطلوبة",
    // en — common
    "we use cookies", "by using this site you agree", "by continuing to use", "accept all cookies",
    "manage your cookie", "sign up for our newsletter",
    "subscribe to our newsletter", "get our newsletter", "your email address will not be published",
    "required fields are marked", "save my name, email", "notify me of", "you must be logged in to post a comment",
    "this site uses akismet", "javascript is disabled", "please enable javascript",
    "your browser does not support", "already a subscriber", "create a free account",
    "we're using cookies", "we are using cookies", "this site uses cookies",
    "this website uses cookies", "please try again later", "thanks for contacting us",
    "thank you for subscribing", "thanks for subscribing", "you will receive a confirmation email",
    "already have an account", "register now for free",
    "subscribe to continue", "subscribe to keep reading",
    "we may earn", "affiliate commission", "we may receive compensation",
    // de — common
    "website verwendet cookies", "seite verwendet cookies", "wir verwenden cookies", "website nutzt cookies", "wir nutzen cookies",
    "newsletter abonnieren", "zum newsletter anmelden", "ihre e-mail-adresse wird nicht veröffentlicht",
    "deine e-mail-adresse wird nicht veröffentlicht", "erforderliche felder sind", "meinen namen, e-mail",
    "benachrichtige mich über", "javascript deaktiviert", "mit der nutzung dieses formulars",
    "wählen sie ihren zugang",
    // fr, es, it, pl — common
    "site utilise des cookies", "nous utilisons des cookies", "votre adresse e-mail ne sera pas publiée",
    "web utiliza cookies", "utilizamos cookies", "tu dirección de correo electrónico no será publicada",
    "sito utilizza i cookie", "strona używa plików cookie", "strona korzysta z plików cookie",
];

/// Headings that open a comment section or close an agency story: what follows is not the
/// article. Matched as a whole line; a count before or after is allowed (`12 Comments`,
/// `Comments (3)`).
#[rustfmt::skip]
pub const COMMENT_MARKERS: &[&str] = &[
    // ar — common (//انتهى// is the agency end marker of KUNA, SPA, WAM and others)
    "التعليقات", "تعليقات", "اضف تعليق", "أضف تعليقك", "اترك تعليقا", "اترك تعليقاً",
    "شارك برأيك", "آراء القراء", "انتهى", "//انتهى//", "(انتهى)", "-انتهى-", "ـانتهىـ",
    // en — common
    "Comments", "Leave a comment", "Leave a Reply", "Leave a reply Cancel reply",
    "Post a comment", "Add a comment", "Add comment", "Join the discussion",
    "Join the conversation", "View comments", "Show comments", "View/Post Comments",
    "Reader comments", "What do you think?",
    // de, fr, es, it, pl, nl — common
    "Kommentare", "Kommentar schreiben", "Schreibe einen Kommentar",
    "Hinterlasse einen Kommentar", "Einen Kommentar schreiben", "Leserkommentare", "Diskussion",
    "Commentaires", "Laisser un commentaire", "Ajouter un commentaire", "Comentarios",
    "Deja un comentario", "Deja tu comentario", "Commenti", "Lascia un commento", "Komentarze",
    "Reacties", "Reageer",
    "Kommentieren", "Kommentar verfassen", "Schreib einen Kommentar", "Kommentar hinzufügen",
    "Kommentar abgeben", "Bisher keine Kommentare", "Keine Kommentare", "Write a comment",
    "No comments yet", "Vos réactions", "Réagir", "Réagissez", "Dołącz do dyskusji",
    "Skomentuj", "Dodaj komentarz", "Escribe un comentario", "Deixe um comentário",
    "Comentários", "إضافة تعليق", "إضافة تعليق جديد", "اكتب تعليقك",
];

/// Blocks that usually follow the article: author boxes, share and "like this" blocks. What
/// follows them goes only when little prose follows.
#[rustfmt::skip]
pub const AFTER_ARTICLE_MARKERS: &[&str] = &[
    // ar — common
    "عن الكاتب", "نبذة عن الكاتب", "شارك هذا المقال", "شارك الخبر", "مواضيع ذات صلة",
    // en — common
    "About the author", "About the Author", "Share this:", "Share this article", "Share this story",
    "Like this:", "Share", "Sharing is caring", "Author", "Written by", "More from this author",
    "Subscribe", "Newsletter",
    // de, fr, es — common
    "Über den Autor", "Über die Autorin", "Zur Person", "Teilen", "Artikel teilen",
    "Das könnte Sie auch interessieren", "À propos de l'auteur", "Partager", "Sobre el autor",
    "Compartir",
];
