#!/usr/bin/env python3
"""Build the probe_ar set: 18 synthetic Arabic web pages (written for this probe, not copied
from any source), each as a naive HTML-to-text dump, with one gold label per line.

Page format (inside PAGES[...]["text"]), one line of the page per line:
    L reason text      L = K keep, D drop, E either, M mixed
    ~                  an empty line in the page (label either, no tokens)
Mixed lines: ⟪...⟫ marks kept text, ⟦...⟧ marks either text, everything else on the line is drop.
The markers are removed from the page text and turned into code-point spans.

Writes sources.json, data/<id>.txt, gold/<id>.gold.tsv next to this script, then re-reads them
and checks every SHA-1.  Run: python3 build.py
"""
import hashlib
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = {"K": "keep", "D": "drop", "E": "either", "M": "mixed"}

# ---------------------------------------------------------------- pages
ARTICLES = {}

ARTICLES["a01_news_politics"] = {
    "site": "المدار نيوز (al-madar news)",
    "page": "article: news, politics",
    "note": "Parliament passes a local-elections law. Masthead+tagline, glued menu, breadcrumb, glued share buttons, two ad labels, follow prompt, unlabelled-after-heading tag list one per line, 'اقرأ أيضاً' teasers (X.. Y / ؟ / !!) each followed by a relative date, comment policy, glued footer links, copyright. Keep look-alikes: 'الإعلان' in a sentence, in-body subheading, quoted question, one-sentence paragraph.",
    "text": r"""
D masthead المدار نيوز | أخبار على مدار الساعة
D menu-glued الرئيسيةسياسةاقتصادمحلياترياضةمنوعاتفيديوإنفوجرافاتصل بنا
~
D breadcrumb الرئيسية › سياسة › البرلمان
K title البرلمان يقر قانون الانتخابات المحلية الجديد بعد جلسة استمرت تسع ساعات
E byline كتب: سامر الحداد
E dateline الثلاثاء 14 مايو 2024 - 09:42 م
D share شارك الخبر:
D share-glued فيسبوكتويترواتسابتيليجرام
K body صوّت مجلس النواب مساء الثلاثاء بالموافقة على مشروع قانون الانتخابات المحلية في صيغته النهائية، بأغلبية 142 صوتاً من أصل 210 نواب حضروا الجلسة، فيما امتنع 19 نائباً عن التصويت وغادر نواب كتلة المعارضة القاعة قبل القراءة الثالثة.
K body وينص القانون الجديد على تقسيم المحافظات إلى دوائر أصغر، وخفض سن الترشح لعضوية المجالس البلدية إلى خمسة وعشرين عاماً، وتخصيص ربع المقاعد على الأقل للنساء في كل مجلس.
D ad إعلان
K body وقال رئيس لجنة الشؤون القانونية في المجلس إن النص "يعيد إلى البلديات الدور الذي فقدته خلال السنوات الماضية"، مضيفاً أن الحكومة ستصدر اللوائح التنفيذية في غضون ستين يوماً من نشر القانون في الجريدة الرسمية.
K subheading اعتراضات المعارضة
K body في المقابل، اعتبرت كتلة المعارضة أن تقسيم الدوائر جرى "على مقاس الأغلبية الحالية"، وطالبت بإحالة القانون إلى المحكمة الدستورية قبل التصديق عليه، ملوّحة بمقاطعة الاقتراع إذا لم تُراجع الخرائط الانتخابية.
K quoted-question وتساءل أحد نوابها في مؤتمر صحفي عقب الجلسة: "كيف نقبل بدوائر رُسمت حدودها دون أي حوار مع الأحزاب؟"
K body ومن المنتظر أن تنشر الهيئة الوطنية للانتخابات خلال أسبوعين جدولاً زمنياً يبدأ بتحديث قوائم الناخبين، على أن يعقب ذلك الإعلان الرسمي عن موعد الاقتراع وفتح باب الترشح.
K short-paragraph ولم يحدد رئيس الدولة بعد موعد توقيعه على القانون.
~
D ad مساحة إعلانية
D follow تابعونا على تيليجرام ليصلك كل جديد
D tags-heading الكلمات الدلالية
D tag البرلمان
D tag قانون الانتخابات
D tag المجالس البلدية
D tag المعارضة
~
D related-heading اقرأ أيضاً
D teaser وزير الداخلية.. لا تأجيل للانتخابات البلدية
D teaser-date منذ 3 ساعات
D teaser هل تنجح المعارضة في الطعن على القانون الجديد؟
D teaser-date منذ 5 ساعات
D teaser الحكومة تستقيل؟ مصادر تنفي وتوضح!!
D teaser-date 13/05/2024
D comment-policy التعليقات المنشورة لا تعبر بالضرورة عن رأي "المدار نيوز"، ويحق لإدارة الموقع حذف أي تعليق يتضمن إساءة أو خروجاً عن موضوع الخبر.
D footer-links-glued من نحنسياسة الخصوصيةشروط الاستخدامأعلن معنا
D copyright © 2024 جميع الحقوق محفوظة لموقع المدار نيوز
""",
}

ARTICLES["a02_news_economy"] = {
    "site": "الراصد الاقتصادي (Al-Rased Markets)",
    "page": "article: news, economy",
    "note": "Central bank raises rates. Market ticker, menu one item per line (ar/en), breadcrumb, dateline with update time, English ad label, the ministry-style numbered list of measures (keep), email placeholder on its own line after a sentence, newsletter footer glued onto the last paragraph (mixed), share buttons, numbered 'الأكثر قراءة' teasers glued to view counts, app and newsletter prompts, ' | ' navigation box > 40 words, copyright.",
    "text": r"""
D ticker EGX30 ▲ 1.24% | TASI ▼ 0.38% | الذهب عيار 21: 3,480 | الدولار 47.85
D masthead الراصد الاقتصادي
D menu Home
D menu أسواق
D menu بنوك
D menu عقارات
D menu طاقة
D menu Crypto
D menu ريادة أعمال
D menu Live
~
D breadcrumb الرئيسية / بنوك / السياسة النقدية
K title المركزي يرفع الفائدة 200 نقطة أساس في اجتماع استثنائي لكبح التضخم
E byline الراصد - خاص
E dateline نُشر في: 2024/03/06 - 11:15 ص | آخر تحديث: 2024/03/06 - 01:40 م
K body قررت لجنة السياسة النقدية بالبنك المركزي، في اجتماع استثنائي عقدته صباح الأربعاء، رفع سعري عائد الإيداع والإقراض لليلة واحدة بمقدار 200 نقطة أساس، ليصلا إلى 21.25% و22.25% على الترتيب، في خطوة لم يتوقعها معظم المحللين قبل الاجتماع الدوري المقرر نهاية الشهر.
K body وأرجعت اللجنة قرارها في بيان إلى تسارع معدل التضخم السنوي في المدن إلى 35.2% خلال فبراير، مقابل 29.8% في يناير، بفعل ارتفاع أسعار الغذاء والطاقة واتساع الفجوة بين السعر الرسمي للعملة وسعرها في السوق الموازية.
D ad Advertisement
K subheading حزمة إجراءات مصاحبة
K body وإلى جانب قرار الفائدة، أعلن البنك حزمة من الإجراءات تدخل حيز التنفيذ اعتباراً من الأحد المقبل، أبرزها:
K list-item 1. رفع نسبة الاحتياطي الإلزامي على الودائع بالعملة المحلية من 14% إلى 18%.
K list-item 2. إلغاء سقف السحب النقدي اليومي للأفراد من ماكينات الصراف الآلي.
K list-item 3. طرح شهادات ادخار لمدة عام بعائد ثابت 27% عبر البنوك الحكومية.
K list-item 4. تشديد الرقابة على شركات الصرافة وسحب تراخيص المخالفة منها.
K body وقال محافظ البنك في مؤتمر صحفي إن "الإعلان عن هذه الحزمة دفعة واحدة يهدف إلى إرسال رسالة واضحة للأسواق بأن استقرار الأسعار هو الأولوية المطلقة".
K body وتراجع المؤشر الرئيسي للبورصة بنحو 3% في الدقائق الأولى من التداول عقب القرار، قبل أن يقلص خسائره إلى 1.1% عند الإغلاق، مدفوعاً بمشتريات المؤسسات المحلية على أسهم البنوك.
K body ويرى بنك الاستثمار "كابيتال نورث" في مذكرة بحثية أن دورة التشديد ربما بلغت ذروتها، متوقعاً أن يبدأ المركزي خفض الفائدة تدريجياً في الربع الأخير من العام إذا واصل التضخم تباطؤه.
K body وللاستفسار عن تفاصيل الشهادات الجديدة، دعا البنك المستثمرين إلى التواصل مع إدارة علاقات المستثمرين عبر البريد الإلكتروني:
E email-placeholder [email protected]
M subscribe-glued-to-last-paragraph ⟪ومن المقرر أن تعقد اللجنة اجتماعها الدوري التالي في الثامن والعشرين من مارس الجاري.⟫اشترك الآن في نشرة الراصد اليومية واحصل على تحليلات الأسواق قبل الافتتاح
D share Share:
D share-glued FacebookXLinkedInWhatsApp
~
D mostread-heading الأكثر قراءة
D teaser-glued-views 1الدولار في السوق الموازية.. قفزة جديدة بعد القرار12,431 مشاهدة
D teaser-glued-views 2هل تخسر شهادات الادخار جاذبيتها أمام الذهب؟8,905 مشاهدة
D teaser-glued-views 3أسعار الحديد اليوم ترتفع 4 آلاف جنيه للطن!!6,210 مشاهدة
D app-prompt حمّل تطبيق الراصد على App Store و Google Play
D newsletter اشترك في النشرة البريدية
D newsletter أدخل بريدك الإلكتروني
D navbox أسواق | بنوك | عقارات | طاقة | ذهب | عملات | بورصة مصر | البورصة السعودية | سوق دبي | بورصة الكويت | أسعار الحديد | أسعار الأسمنت | أسعار السيارات | شهادات الادخار | قروض | تمويل عقاري | تأمين | ضرائب | جمارك | الموازنة | صندوق النقد | الاستثمار الأجنبي | شركات ناشئة | تكنولوجيا مالية | بيتكوين | إيثريوم | النفط | الغاز | الكهرباء | الزراعة | السياحة | الطيران | النقل البحري | قناة السويس | الاتصالات | التوظيف | المعاشات | الدعم | التموين | أخبار الشركات
D copyright جميع الحقوق محفوظة © الراصد الاقتصادي 2024 - Al-Rased Media
""",
}

ARTICLES["a03_news_sport"] = {
    "site": "ملاعب العرب (Malaeb)",
    "page": "article: news, sport (match report)",
    "note": "Cup semi-final report with Eastern Arabic digits. Glued menu, live-score widget lines before the article, breadcrumb, photo caption between paragraphs (keep), follow prompt, tag list one per line with no heading, 'آخر الأخبار' teasers each followed by a relative time or a section name, 'الأكثر مشاهدة' video teasers, reader comments (name / date / text), comment form, copyright.",
    "text": r"""
D menu-glued الرئيسيةالدوري المحليدوري الأبطالالكرة العالميةمنتخباتانتقالاتفيديوهاتنتائج مباشرة
D live-widget مباشر
D live-widget النصر ٢ - ١ الاتحاد
D live-widget الشباب ٠ - ٠ الرائد
D live-widget جميع المباريات ←
~
D breadcrumb ملاعب العرب » كرة قدم » كأس الملك
K title الوحدة يقلب الطاولة على الفيصلي ويتأهل لنهائي الكأس بثلاثية
E byline ملاعب العرب - محمد العتيبي
E dateline الجمعة ١٢ أبريل ٢٠٢٤
K body حجز فريق الوحدة مقعده في المباراة النهائية لكأس الملك بعد فوزه على ضيفه الفيصلي بثلاثة أهداف مقابل هدف، في المباراة التي جمعتهما مساء الخميس أمام أكثر من ٢٥ ألف متفرج.
K body وبادر الفيصلي بالتسجيل عن طريق مهاجمه البرازيلي في الدقيقة ١٨ إثر هجمة مرتدة سريعة، واستمر تقدمه حتى نهاية الشوط الأول وسط عجز واضح من لاعبي الوحدة عن اختراق الدفاع المتكتل.
K caption لاعبو الوحدة يحتفلون بالهدف الثالث (تصوير: عبدالرحمن السالم)
K body وفي الشوط الثاني أجرى المدرب تغييرين هجوميين غيّرا شكل المباراة، إذ أدرك البديل الشاب التعادل برأسية في الدقيقة ٥٧، قبل أن يضيف قائد الفريق الهدف الثاني من ركلة جزاء في الدقيقة ٧٣.
K body وأطلق الجناح الأيسر رصاصة الرحمة بتسديدة قوية من خارج المنطقة في الوقت المحتسب بدلاً من الضائع، ليشعل المدرجات ويضمن عودة فريقه إلى النهائي للمرة الأولى منذ ثماني سنوات.
K short-paragraph وطُرد مدافع الفيصلي في الدقيقة ٨٨ لتلقيه الإنذار الثاني.
K body وقال مدرب الوحدة عقب اللقاء: "اللاعبون أظهروا شخصية البطل، والشوط الثاني كان رسالة لكل من شكك فينا".
K body ويلتقي الوحدة في النهائي مع الفائز من مواجهة الهلال والتعاون التي تقام مساء السبت.
D follow تابع حساب ملاعب العرب على X ليصلك كل جديد
D tag كأس الملك
D tag الوحدة
D tag الفيصلي
D tag نصف النهائي
~
D latest-heading آخر الأخبار
D teaser رسمياً.. الاتحاد يعلن رحيل مدربه بالتراضي
D teaser-date منذ ٢٠ دقيقة
D teaser من هو الحكم الأجنبي لنهائي الكأس؟
D teaser-date منذ ساعة
D teaser الهلال يكتسح التعاون بخماسية!!
D teaser-section الدوري المحلي
D mostviewed-heading الأكثر مشاهدة
D video-teaser فيديو | أهداف مباراة الوحدة والفيصلي ٣-١
D video-teaser فيديو | لقطة الطرد المثيرة للجدل
~
D comments-heading التعليقات (٢)
D comment-name أبو فهد
D comment-date ١٢/٠٤/٢٠٢٤
D comment-text مبروك للوحدة، الشوط الثاني كان أداء مختلف تماماً
D comment-name سعد القحطاني
D comment-date ١٢/٠٤/٢٠٢٤
D comment-text الحكم ظلم الفيصلي في ركلة الجزاء والله
D comment-form أضف تعليقك
D comment-form الاسم
D comment-form البريد الإلكتروني
D comment-form إرسال
D copyright جميع الحقوق محفوظة لموقع ملاعب العرب ٢٠٢٤ ©
""",
}

ARTICLES["a04_news_local"] = {
    "site": "صوت الدلتا (Sawt al-Delta, regional weekly)",
    "page": "article: news, local (road closure)",
    "note": "Spelling without hamza and with ه for ة throughout. Date / prayer-times / weather widgets, masthead + tagline, glued menu, breadcrumb, share count, the article's own dash-bullet list of alternative routes (keep), 'مواضيع ذات صله' related headlines, permalink line repeating the title after a label (label drop, title copy either), short-link line, ad label, glued footer links, copyright. Keep look-alikes: 'اعلن' / 'الاعلان' in sentences.",
    "text": r"""
D date-widget الاربعاء 5 يونيو 2024 | 28 ذو القعده 1445
D prayer-times مواقيت الصلاه: الفجر 4:09 الظهر 12:53 العصر 4:29 المغرب 7:54 العشاء 9:27
D weather-widget طنطا 36° مشمس
D masthead صوت الدلتا
D masthead-tagline جريده اقليميه مستقله
D menu-glued الرئيسيهالغربيهالمنوفيهالدقهليهكفر الشيخحوادثخدماتوظائفرياضه
D breadcrumb الرئيسيه - الغربيه - خدمات
K title غلق جزئي لشارع البحر بطنطا لمده 45 يوما لتنفيذ خط صرف صحي جديد
E byline كتبت: منى عبد الحميد
E dateline الاربعاء، 05 يونيو 2024 02:30 م
D share شارك
D share-count 120 مشاركه
~
K body اعلن مجلس مدينه طنطا، اليوم الاربعاء، غلق الاتجاه القادم من ميدان الساعه بشارع البحر غلقا جزئيا لمده 45 يوما، اعتبارا من صباح السبت المقبل، لتنفيذ المرحله الثانيه من مشروع احلال وتجديد خط الصرف الصحي الرئيسي.
K body وقال رئيس مجلس المدينه ان الاعلان عن الغلق جاء بعد التنسيق مع اداره المرور، وان الاعمال ستجري على مراحل لتقليل التكدس، مع الابقاء على حاره واحده مفتوحه لسيارات الاسعاف والحمايه المدنيه.
K body وحددت اداره المرور المحاور البديله التاليه:
K list-item - شارع الجيش في اتجاه محطه القطار.
K list-item - شارع سعيد مرورا بكوبري الاستاد.
K list-item - طريق الكورنيش للقادمين من المحله الكبري.
K body وطالب المجلس سكان المنطقه واصحاب المحال التجاريه بالتعاون مع فرق العمل، مؤكدا ان المشروع سينهي مشكله طفح المياه التي تتكرر كل شتاء في الشوارع المحيطه بالمسجد.
K short-paragraph وتبلغ التكلفه الاجماليه للمشروع 38 مليون جنيه من موازنه المحافظه.
~
D related-heading مواضيع ذات صله
D related محافظ الغربيه يتفقد اعمال رصف طريق طنطا - كفر الزيات
D related قطع المياه عن 6 مناطق بالمحله غدا.. اعرف المواعيد
D related هل يعود الزحام لشارع البحر بعد افتتاح المول الجديد؟
M permalink-repeats-title رابط الخبر: ⟦غلق جزئي لشارع البحر بطنطا لمده 45 يوما لتنفيذ خط صرف صحي جديد⟧
D shortlink رابط مختصر: https://sawtdelta.com/n/84213
D ad اعلان
D footer-links-glued اتصل بناعن الجريدهاعلن معناسياسه الخصوصيه
D copyright جميع الحقوق محفوظه © صوت الدلتا 2024
""",
}

ARTICLES["a05_opinion"] = {
    "site": "أقلام الحوار (Aqlam al-Hiwar)",
    "page": "article: opinion column",
    "note": "Column on cities built for cars. Masthead + tagline, glued menu, breadcrumb, byline, Hijri + Gregorian dateline, rhetorical questions (keep), one-sentence paragraph, 'مقالات أخرى للكاتب' + glued titles glued after the last sentence (mixed), author bio box, share prompt, comment count, comment-policy paragraph, reader comments (name - city / date / text / reply), footer links with ' | ', copyright. Eastern digits in widgets.",
    "text": r"""
D masthead أقلام الحوار
D masthead-tagline منبر للرأي والفكر الحر
D menu-glued الرئيسيةمقالات الرأيكتّاب الموقعدراساتثقافةمن نحن
D breadcrumb الرئيسية > مقالات الرأي
~
K title حين صارت المدينة موقفاً كبيراً للسيارات
E byline بقلم: د. هالة الزين
E dateline ٢٣ شوال ١٤٤٥ هـ - الموافق ٢ مايو ٢٠٢٤
K body أمشي كل صباح المسافة نفسها بين بيتي ومكتبي، كيلومتراً ونصفاً تقريباً، وأعدّ في الطريق السيارات المتوقفة فوق الأرصفة. تجاوز العدّ في الأسبوع الماضي ستين سيارة، ولم أعد أذكر متى مشيت آخر مرة على رصيف من أوله إلى آخره دون أن أنزل إلى عرض الشارع.
K body ليست هذه شكوى شخصية بقدر ما هي ملاحظة عن الطريقة التي نخطط بها مدننا. لقد بنينا على مدى ثلاثة عقود جسوراً وأنفاقاً وطرقاً سريعة، وكل ذلك باسم السيولة المرورية، فإذا بالسيولة تتبخر وتبقى الزحمة وحدها.
K body يقول المخططون إن الطريق الجديد يولّد حركته. كلما وسّعت شارعاً امتلأ بسيارات لم تكن موجودة من قبل، لأن الناس يعدّلون عاداتهم على قدر ما يتاح لهم. وهذه ليست نظرية حديثة، بل ملاحظة قديمة سجلها الباحثون في مدن كثيرة قبل أن نبدأ نحن في تقليدها.
K rhetorical-question فلماذا نصرّ على الحلول نفسها؟ ولماذا يبدو الرصيف آخر ما يفكر فيه المسؤول حين يرسم خريطة حيّ جديد؟
K body أظن أن الجواب يكمن في أن المشاة لا يصنعون صورة جيدة في حفلات الافتتاح. الجسر يُقصّ شريطه وتُلتقط له الصور، أما الرصيف الذي لا تعترضه شجرة ميتة أو عمود إنارة مائل فلا يحتفل به أحد.
K short-paragraph المدينة التي تُصمَّم للسيارات تخسر أهلها تدريجياً.
K body لا أدعو إلى منع السيارات، ولا إلى حلول تُستورد جاهزة من عواصم بعيدة، بل إلى شيء أبسط: أن نعيد الرصيف إلى أصحابه، وأن نزرع الظل في الشوارع التي يمشي فيها الأطفال إلى مدارسهم، وأن نسأل الناس قبل أن نقرر نيابة عنهم.
M other-articles-glued-after-last-sentence ⟪فالمدينة في النهاية ليست ما نعبر به، بل ما نعيش فيه.⟫مقالات أخرى للكاتبالمكتبة التي لم يزرها أحدعن الصمت في الاجتماعات الرسميةرسالة إلى طالبة هندسة
D author-bio د. هالة الزين: أستاذة التخطيط العمراني، صدر لها عدد من الكتب في قضايا المدن العربية.
D share شارك المقال
D comment-count تعليقان (٢)
D comment-policy تنويه: الآراء الواردة في المقالات والتعليقات تعبر عن أصحابها ولا تعبر بالضرورة عن رأي أقلام الحوار. يُرجى الالتزام بآداب الحوار وعدم نشر روابط إعلانية.
D comment-name عماد - القاهرة
D comment-date ٢ مايو ٢٠٢٤ الساعة ٣:١٠ م
D comment-text مقال يلمس الواقع تماماً، شارعنا بلا رصيف منذ عشر سنوات.
D comment-reply رد
D comment-name قارئة
D comment-date ٣ مايو ٢٠٢٤ الساعة ٩:٤٥ ص
D comment-text أتفق مع الكاتبة، لكن المشكلة في ثقافة السائقين قبل التخطيط.
D comment-reply رد
D footer-links اتصل بنا | سياسة النشر | شروط الاستخدام
D copyright حقوق النشر محفوظة لأقلام الحوار © ٢٠٢٤
""",
}

ARTICLES["a06_health"] = {
    "site": "صحتك أولاً (Sahtak Awalan)",
    "page": "article: health explainer",
    "note": "Vitamin D deficiency explainer. Menu one item per line, breadcrumb, author + medical-reviewer lines, table of contents whose entries repeat the sub-headings (one ends in ؟), ad label, numbered symptom list and photo caption (keep), site disclaimer, was-this-useful widget, reference list (either), related teasers glued to 'اقرأ المزيد', consult-a-doctor app prompt, newsletter, glued footer, copyright. Latin terms inside sentences.",
    "text": r"""
D masthead صحتك أولاً
D menu أمراض
D menu تغذية
D menu صحة المرأة
D menu صحة الطفل
D menu أدوية
D menu اسأل طبيب
D menu حاسبات صحية
D breadcrumb الرئيسية ‹ تغذية ‹ فيتامينات ومعادن
K title نقص فيتامين د: الأعراض والأسباب وطرق العلاج
E byline كتابة: رنا الخطيب
K reviewer-line مراجعة طبية: د. عمر النابلسي، استشاري الغدد الصماء
E dateline آخر تحديث: 18 سبتمبر 2023
D toc-heading محتويات المقال
D toc ما هو فيتامين د؟
D toc أعراض نقص فيتامين د
D toc من هم الأكثر عرضة؟
D toc العلاج والوقاية
K body يُعد فيتامين د من الفيتامينات الذائبة في الدهون، ويحتاجه الجسم لامتصاص الكالسيوم والفوسفور من الأمعاء والحفاظ على قوة العظام والأسنان، كما يؤدي دوراً في عمل العضلات وجهاز المناعة.
K subheading ما هو فيتامين د؟
K body يصنع الجلد معظم ما يحتاجه الجسم من هذا الفيتامين عند تعرضه للأشعة فوق البنفسجية من نوع UVB، ويمكن الحصول على كميات أقل منه من الأسماك الدهنية وصفار البيض والأطعمة المدعمة مثل بعض أنواع الحليب والحبوب.
K body ويقيس الأطباء مستواه في الدم عبر فحص 25-hydroxyvitamin D، ويُعد المستوى الذي يقل عن 20 نانوغراماً لكل مليلتر نقصاً لدى معظم البالغين.
D ad مساحة إعلانية
K subheading أعراض نقص فيتامين د
K body لا تظهر أعراض واضحة على كثير من المصابين بنقص خفيف، لكن النقص الشديد أو الطويل قد يسبب:
K list-item 1. تعباً عاماً وإرهاقاً لا يزول بالراحة.
K list-item 2. آلاماً في العظام وأسفل الظهر.
K list-item 3. ضعفاً في العضلات وتقلصات متكررة.
K list-item 4. تساقطاً للشعر وبطئاً في التئام الجروح.
K list-item 5. لين العظام عند البالغين والكساح عند الأطفال.
K caption صورة توضيحية: التعرض المعتدل لشمس الصباح من أبسط طرق الوقاية.
K subheading من هم الأكثر عرضة؟
K body يرتفع خطر النقص لدى كبار السن، وأصحاب البشرة الداكنة، ومن يقضون معظم وقتهم في أماكن مغلقة أو يغطون معظم أجسامهم عند الخروج، إضافة إلى المصابين بالسمنة وبعض أمراض الأمعاء التي تعيق امتصاص الدهون.
K subheading العلاج والوقاية
K body يعتمد العلاج على درجة النقص، وغالباً ما يصف الطبيب جرعات من فيتامين D3 عن طريق الفم لعدة أسابيع ثم جرعة وقائية أقل. ولا يُنصح بتناول الجرعات العالية دون إشراف طبي، لأن الإفراط في الفيتامين قد يرفع الكالسيوم في الدم إلى مستويات ضارة.
K short-paragraph وتكفي في الغالب عشر إلى عشرين دقيقة من الشمس عدة مرات أسبوعياً.
~
D disclaimer المعلومات الواردة في هذا المقال لأغراض التوعية فقط ولا تغني عن استشارة الطبيب المختص.
D feedback هل كانت هذه المقالة مفيدة؟
D feedback-glued نعملا
D references-heading المراجع
E reference Holick MF. Vitamin D deficiency. N Engl J Med. 2007;357:266-281.
E reference وزارة الصحة، الدليل الوطني للتغذية، الطبعة الثالثة.
D related-heading مقالات ذات صلة
D teaser-glued-readmore فوائد الكالسيوم للعظاماقرأ المزيد
D teaser-glued-readmore هل يسبب نقص فيتامين ب12 التنميل؟اقرأ المزيد
D teaser-glued-readmore أطعمة غنية بالحديد.. تعرّف عليهااقرأ المزيد
D app-prompt استشر طبيباً الآن عبر تطبيق صحتك أولاً.. أول استشارة مجاناً!
D newsletter اشترك في نشرتنا الصحية الأسبوعية
D footer-links-glued عن الموقعفريق التحريرالسياسة التحريريةسياسة الخصوصيةاتصل بنا
D copyright © 2015-2024 صحتك أولاً. جميع الحقوق محفوظة.
""",
}

ARTICLES["a07_recipe"] = {
    "site": "مطبخ زعتر (Zaatar Kitchen)",
    "page": "article: recipe",
    "note": "Maqluba recipe. Glued menu, search box text, breadcrumb, recipe metadata chips (either), star-rating widget, glued print/save buttons, ingredients one per line and numbered steps (keep), tip and an FAQ question ending in ؟ with its answer (keep), ad label, share prompt with one network per line, 'وصفات قد تعجبك' teasers glued to their blurbs (one ends in !!), visitor comments (one ends in ؟), newsletter prompt, footer links with ' - ', copyright.",
    "text": r"""
D menu-glued وصفاتمقبلاتأطباق رئيسيةحلوياتمشروباتوصفات رمضانفيديو
D search-box ابحث عن وصفة...
D breadcrumb الرئيسية / أطباق رئيسية / أرز
~
K title طريقة عمل المقلوبة بالباذنجان والدجاج
E byline الشيف ليلى منصور
E recipe-meta وقت التحضير: 30 دقيقة
E recipe-meta وقت الطهي: 60 دقيقة
E recipe-meta تكفي: 6 أشخاص
D rating-widget ★★★★☆ (214 تقييم)
D print-save-glued اطبع الوصفةحفظ
K intro المقلوبة من أشهر الأطباق في بلاد الشام، وسُميت بهذا الاسم لأنها تُقلب رأساً على عقب في صينية التقديم بعد نضجها. وتختلف مكوناتها من بيت لآخر، فهناك من يحضّرها بالقرنبيط أو البطاطس، لكن الباذنجان يبقى الأشهر.
K subheading المكونات
K ingredient 2 كوب أرز مصري، منقوع لمدة نصف ساعة
K ingredient 1 دجاجة مقطعة إلى 8 قطع
K ingredient 3 حبات باذنجان متوسطة، مقطعة شرائح
K ingredient 2 حبة طماطم مقطعة شرائح دائرية
K ingredient 1 بصلة كبيرة
K ingredient 1 ملعقة صغيرة بهارات مشكلة، وملعقة صغيرة كركم
K ingredient ملح وفلفل حسب الرغبة
K ingredient زيت للقلي، وصنوبر ولوز محمص للتزيين
D ad إعلان
K subheading طريقة التحضير
K step 1. نسلق الدجاج مع البصلة وورق الغار وحبات الهيل في 5 أكواب ماء لمدة 40 دقيقة، ثم نصفّي المرق ونحتفظ به.
K step 2. نرش شرائح الباذنجان بالملح ونتركها ربع ساعة، ثم نجففها ونقليها في الزيت حتى يصبح لونها ذهبياً.
K step 3. نرتب شرائح الطماطم في قاع قدر عميق، ثم نضع فوقها قطع الدجاج ثم طبقة الباذنجان.
K step 4. نصفّي الأرز ونخلطه بالبهارات والكركم والملح، ثم نوزعه فوق الباذنجان ونضغطه قليلاً بظهر الملعقة.
K step 5. نسكب المرق الساخن حتى يغطي الأرز بمقدار إصبعين، ونتركه على نار عالية حتى يغلي ثم نخفض النار ونغطي القدر لمدة 35 دقيقة.
K step 6. نترك القدر ربع ساعة بعد إطفاء النار، ثم نقلبه في صينية واسعة ونرفعه ببطء، ونزين الوجه بالمكسرات.
K tip نصيحة: لا تفتحي القدر أثناء الطهي حتى لا يتكسر الأرز.
K faq-question هل يمكن استبدال الدجاج باللحم؟
K faq-answer نعم، مع زيادة مدة السلق إلى ساعة ونصف حتى يطرى اللحم تماماً.
~
D share شاركي الوصفة
D share Pinterest
D share WhatsApp
D related-heading وصفات قد تعجبك
D teaser-glued-blurb مجدرة العدس بالبرغلأسهل طبق شعبي بمكونات موجودة في كل بيت
D teaser-glued-blurb كبسة الدجاج على الطريقة السعوديةبخطوات مصورة ونصائح الشيف
D teaser-glued-blurb صينية البطاطس بالدجاج في الفرنطبق عائلي اقتصادي!!
D comments-heading تعليقات الزوار (2)
D comment-name أم يوسف
D comment-date منذ يومين
D comment-text جربتها اليوم وطلعت رائعة، شكراً شيف ليلى
D comment-name Nour
D comment-date منذ أسبوع
D comment-text ممكن أستخدم أرز بسمتي بدل المصري؟
D newsletter اشتركي لتصلك وصفات جديدة كل أسبوع
D footer-links من نحن - اتصل بنا - أعلن معنا - سياسة الخصوصية
D copyright © مطبخ زعتر 2024
""",
}

ARTICLES["a08_tech_review"] = {
    "site": "عالم الأجهزة (GadgetWorld Arabia)",
    "page": "article: tech review (phone)",
    "note": "Review of an imagined phone, Arabic with English specs. Glued ar/en menu, login/language links, breadcrumb, reading-time chip, spec table one cell per line (either), in-body subheadings, caption, '+'/'-' pros and cons lists and the score line (keep), affiliate buy button and commission note, tag list one per line, YouTube subscribe prompt, related teasers each followed by a section name (one X.. Y, one ؟), newsletter, bilingual footer links, English copyright.",
    "text": r"""
D menu-glued الرئيسيةأخبار التقنيةمراجعاتReviewsمقارناتشروحاتألعابعروض
D top-links تسجيل الدخول | English
D breadcrumb الرئيسية » مراجعات » هواتف
K title مراجعة Zento A7 Pro: بطارية عملاقة وكاميرا تحتاج إلى تحسين
E byline بواسطة كريم الشامي
E dateline 22 فبراير 2024
D reading-time ⏱ 7 دقائق للقراءة
K body وصل إلينا هاتف Zento A7 Pro قبل أسبوعين من إطلاقه الرسمي في الأسواق العربية، واستخدمناه هاتفاً أساسياً طوال هذه المدة. يأتي الهاتف بسعر 1,299 ريالاً، ويستهدف فئة متوسطة مزدحمة بالمنافسين.
K subheading التصميم والشاشة
K body يعتمد الهاتف على إطار من الألومنيوم وظهر زجاجي غير لامع يقاوم البصمات بشكل جيد، ويبلغ وزنه 198 غراماً. الشاشة من نوع AMOLED بقياس 6.7 بوصة وبمعدل تحديث 120Hz، وسطوعها كافٍ تحت شمس الظهيرة، وإن كانت الألوان مشبعة أكثر من اللازم في الوضع الافتراضي.
E spec-table المواصفات الرئيسية
E spec-table المعالج
E spec-table Snapdragon 7s Gen 2
E spec-table الذاكرة
E spec-table 8GB / 256GB
E spec-table البطارية
E spec-table 6000mAh - شحن 67W
E spec-table نظام التشغيل
E spec-table Android 14
K subheading الأداء والبطارية
K body في الاستخدام اليومي لم نلحظ أي تأخير في التنقل بين التطبيقات، أما في الألعاب الثقيلة فقد ارتفعت حرارة الهاتف بعد نحو عشرين دقيقة وانخفض معدل الإطارات قليلاً. نقطة القوة الحقيقية هنا هي البطارية، إذ صمد الهاتف يومين كاملين مع استخدام متوسط، واحتاج إلى 48 دقيقة للشحن من الصفر إلى 100%.
K subheading الكاميرا
K body تقدم الكاميرا الرئيسية بدقة 50 ميغابكسل صوراً جيدة في النهار، لكن الأداء يتراجع بوضوح في الإضاءة المنخفضة مع ضوضاء ملحوظة وتنعيم مبالغ فيه للوجوه. الكاميرا فائقة الاتساع متواضعة، وعدسة الماكرو بدقة 2 ميغابكسل لا تضيف شيئاً يُذكر.
K caption صورة ليلية ملتقطة بالكاميرا الرئيسية دون تعديل
K subheading المميزات
K pros-item + عمر بطارية ممتاز
K pros-item + شاشة سلسة وسطوع مرتفع
K pros-item + وعد بثلاثة تحديثات رئيسية للنظام
K subheading العيوب
K cons-item - أداء ضعيف للكاميرا ليلاً
K cons-item - لا يدعم الشحن اللاسلكي
K subheading الحكم النهائي
K body إذا كان عمر البطارية أهم ما تبحث عنه فإن Zento A7 Pro خيار يصعب تجاهله في هذه الفئة. أما محبو التصوير فسيجدون لدى المنافسين ما هو أفضل بالسعر نفسه.
K score-line التقييم: 7.5/10
~
D affiliate-button اشترِ الآن من أمازون بسعر 1,249 ريالاً
D affiliate-note قد نحصل على عمولة عند الشراء عبر الروابط في هذه الصفحة.
D tag Zento
D tag هواتف متوسطة
D tag Android
D tag مراجعات
D youtube-prompt اشترك في قناتنا على يوتيوب لمشاهدة المراجعات بالفيديو
D related-heading مقالات ذات صلة
D teaser مقارنة.. Zento A7 Pro ضد Galaxy A55
D teaser-section مقارنات
D teaser أفضل هواتف الفئة المتوسطة لعام 2024
D teaser-section مراجعات
D teaser هل يستحق الشحن السريع 120W كل هذه الضجة؟
D teaser-section شروحات
D newsletter نشرة عالم الأجهزة: أهم أخبار التقنية في بريدك كل خميس
D newsletter-button اشترك
D footer-links About | Contact | Privacy Policy | اتصل بنا | سياسة الخصوصية
D copyright © 2024 GadgetWorld Arabia. All rights reserved.
""",
}

ARTICLES["a09_interview"] = {
    "site": "مجلة الأفق الثقافية (Al-Ofuq cultural magazine)",
    "page": "article: interview",
    "note": "Interview with a novelist: questions ending in ؟ and answers (keep), intro, caption, one-sentence closing paragraph; pull quote repeating an answer (either). Masthead + issue line, menu one per line, breadcrumb, share line with ' | ', 'مقالات أخرى للكاتب' heading + glued titles, numbered 'الأكثر قراءة' glued in one line, print-subscription prompt, contact line with [email protected] (label drop, placeholder either), glued footer, copyright with no-copy notice.",
    "text": r"""
D masthead مجلة الأفق الثقافية
D masthead-issue العدد 87 - ربيع 2024
D menu الرئيسية
D menu حوارات
D menu نقد
D menu ترجمات
D menu شعر
D menu أرشيف الأعداد
D breadcrumb الرئيسية > حوارات
~
K title الروائية سلمى العبيدي: الرواية لا تقدّم أجوبة بل تعلّمنا كيف نسأل
E byline حاورها: يوسف بن عيسى
E dateline 10 أبريل 2024
K intro في روايتها الخامسة "بيت على حافة النهر"، تعود سلمى العبيدي إلى الموصل التي غادرتها طفلةً، لتكتب عن ثلاثة أجيال من النساء في بيت واحد. التقيناها على هامش معرض الكتاب، وكان هذا الحوار.
K question لماذا العودة إلى الموصل الآن، بعد أربع روايات كُتبت عن مدن أخرى؟
K answer لم أكن مستعدة قبل ذلك. كنت أكتب حول المدينة دون أن أقترب منها، كمن يدور حول بيت قديم ولا يجرؤ على فتح بابه. ثم ماتت جدتي، وشعرت أن الحكايات التي كانت ترويها ستضيع إن لم أكتبها.
K question هل الرواية سيرة ذاتية إذن؟
K answer لا. فيها أشياء من حياتي بالطبع، لكن الشخصيات مركّبة من نساء كثيرات عرفتهن أو سمعت عنهن. الكاتب يسرق من الجميع، وأولهم نفسه.
E pull-quote-repeats-answer «الكاتب يسرق من الجميع، وأولهم نفسه»
K question كيف تتعاملين مع النقد الذي يتهمك بالإغراق في الحنين؟
K answer أقرؤه باهتمام، وأختلف معه أحياناً. الحنين ليس تهمة إذا كان سؤالاً عمّا فقدناه ولماذا فقدناه. المشكلة في الحنين الذي يجمّل الماضي ويعفيه من المساءلة، وأظن أنني حاولت تجنّب ذلك.
K caption سلمى العبيدي خلال توقيع روايتها الجديدة في معرض الكتاب
K question وماذا عن اللغة؟ تكتبين السرد بالفصحى لكن الحوارات بالعامية الموصلية.
K answer لأن النساء في ذلك البيت لم يتكلمن الفصحى قط. لو أنطقتُهن بها لخنتُهن. السرد لي، أما أصواتهن فلهن.
K question ما الذي تعملين عليه حالياً؟
K answer على ترجمة، لا على رواية. أحتاج أن أستريح من صوتي قليلاً.
K short-paragraph وتصدر الترجمة الإنجليزية للرواية في الخريف المقبل.
~
D share شارك الحوار: فيسبوك | تويتر | واتساب | نسخ الرابط
D author-others-heading مقالات أخرى للكاتب
D author-others-glued عبد الفتاح كيليطو والقراءة البطيئةشعراء المهجر الجدد: جيل بلا مدينةحوار مع مترجم دوستويفسكي إلى العربية
D mostread-heading الأكثر قراءة
D mostread-glued 1الرواية العربية في قوائم الجوائز.. من يختار؟2لماذا نكتب عن الحرب؟3قصائد لم تُنشر لشاعر منسي!!
D print-subscription اشترك في النسخة الورقية من الأفق: 12 عدداً بـ 60 دولاراً شاملة الشحن
M contact-with-email-placeholder للتواصل مع هيئة التحرير: ⟦[email protected]⟧
D footer-links-glued هيئة التحريرشروط النشرأرشيف الأعدادالاشتراكاتاتصل بنا
D copyright جميع الحقوق محفوظة © مجلة الأفق 2024. يُمنع النسخ أو الاقتباس دون ذكر المصدر.
""",
}

ARTICLES["a10_news_local_maghreb"] = {
    "site": "المغرب الآن (Maroc Actu)",
    "page": "article: news, local (water restrictions), ar/fr",
    "note": "Moroccan news site with French UI words. Language switch, glued ar/fr menu, date widget, breaking-news ticker, dash-bullet list of the utility's measures (keep), one inline 'اقرأ أيضا:' related headline between paragraphs, quoted question, 'الإعلان' in a sentence, French share label + glued networks, inline tag line 'الوسوم:', ' · ' city navigation box > 40 words, comment-policy paragraph, comment form with French button, glued ar/fr footer, French copyright.",
    "text": r"""
D language-switch Français | العربية | English
D menu-glued Accueilالرئيسيةسياسةاقتصادمجتمعجهاترياضةفن وثقافةVidéos
D date-widget الخميس 18 يوليوز 2024
D breaking-ticker عاجل: انقطاع التيار الكهربائي بعدة أحياء في فاس
~
K title مراكش: تقليص ضغط المياه ليلاً ومنع سقي الحدائق بالماء الصالح للشرب
E byline المغرب الآن - مراكش
E dateline الخميس 18 يوليوز 2024 - 10:05
K body أعلنت الوكالة المستقلة لتوزيع الماء والكهرباء بمراكش عن حزمة من التدابير الاستعجالية لترشيد استهلاك الماء الصالح للشرب، في ظل تراجع مخزون السدود التي تزود المدينة إلى أقل من 18 في المائة من طاقتها الاستيعابية.
K body وأوضحت الوكالة، في بلاغ توصلت الجريدة بنسخة منه، أن هذه التدابير التي تدخل حيز التطبيق ابتداء من فاتح غشت تشمل:
K list-item - تقليص ضغط المياه في الشبكة ما بين الساعة الحادية عشرة ليلاً والخامسة صباحاً.
K list-item - منع سقي المساحات الخضراء والحدائق العمومية والخاصة بالماء الصالح للشرب.
K list-item - منع غسل السيارات والأرصفة بالماء الصالح للشرب.
K list-item - إغلاق الحمامات التقليدية ثلاثة أيام في الأسبوع.
D inline-related اقرأ أيضا: الجفاف يهدد الموسم الفلاحي.. والمهنيون يطالبون بالدعم
K body وأكد البلاغ أن المخالفين سيتعرضون لغرامات مالية، وأن لجاناً مختلطة بين الوكالة والسلطات المحلية ستتولى مراقبة احترام هذه الإجراءات في مختلف المقاطعات.
K body ويأتي هذا الإعلان بعد سنة سادسة على التوالي من ضعف التساقطات المطرية بجهة مراكش آسفي، إذ لم تتجاوز الكميات المسجلة منذ شتنبر الماضي 140 ملمتراً.
K quoted-question وتساءل فاعل جمعوي في تصريح للجريدة: "لماذا لا تُفرض القيود نفسها على ملاعب الغولف والفنادق الكبرى؟"
K body من جهتها، أكدت الوكالة أن محطة تحلية مياه البحر المبرمجة لتزويد المدينة ستدخل الخدمة في أفق 2027، وأن الحل على المدى القصير يظل رهيناً بوعي المواطنين.
~
D share Partager
D share-glued FacebookTwitterWhatsAppEmail
D tags-inline الوسوم: مراكش، الجفاف، الماء الصالح للشرب، ترشيد الاستهلاك
D navbox الرباط · الدار البيضاء · فاس · مراكش · طنجة · أكادير · مكناس · وجدة · القنيطرة · تطوان · آسفي · الجديدة · بني ملال · خريبكة · الناظور · سطات · العرائش · تازة · الحسيمة · ورزازات · الراشيدية · كلميم · العيون · الداخلة · إفران · الصويرة · تارودانت · تزنيت · خنيفرة · شفشاون · برشيد · المحمدية · سلا · تمارة · الفقيه بن صالح · قلعة السراغنة · اليوسفية · وزان · ميدلت · زاكورة · طانطان · السمارة
D comment-policy تنبيه: يتعين على المعلقين الالتزام بأخلاقيات النقاش، وتحتفظ الجريدة بحق عدم نشر التعليقات المسيئة أو الخارجة عن الموضوع. التعليقات المنشورة تعبر عن آراء أصحابها فقط.
D comment-form أضف تعليقك
D comment-form Envoyer
D footer-links-glued Qui sommes-nousاتصل بناMentions légalesالإشهار
D copyright © 2024 Maroc Actu - Tous droits réservés
""",
}

ARTICLES["a11_news_economy_gulf"] = {
    "site": "نبض الخليج 24 (Nabd al-Khaleej 24)",
    "page": "article: news, economy (real estate)",
    "note": "Weekly real-estate figures. Masthead, glued menu, 'عاجل |' ticker, breadcrumb, app prompt between paragraphs, 'إعلان' of developers in a sentence, [email protected] inside a sentence (mixed, either span), pagination line, Google News / WhatsApp-channel follow prompts, SMS subscription with short codes, 'أخبار متعلقة' teasers glued to blurbs (X.. Y, ؟), comment count + be-first prompt, most-read items each followed by a read count, ' | ' footer, copyright.",
    "text": r"""
D masthead نبض الخليج 24
D menu-glued محلياتخليجيعربي ودوليمال وأعمالعقاراترياضةمنوعاتصحةتقنية
D breaking-ticker عاجل | مجلس الوزراء يعتمد الميزانية العامة للعام المقبل
D breadcrumb نبض الخليج 24 > مال وأعمال > عقارات
K title 4.2 مليار درهم تصرفات العقارات في دبي خلال أسبوع
E byline دبي - نبض الخليج 24
E dateline تاريخ النشر: 19 أكتوبر 2024 - 04:12 م
K body بلغت القيمة الإجمالية لتصرفات العقارات في دبي خلال الأسبوع المنتهي يوم الجمعة أكثر من 4.2 مليار درهم، موزعة على 1,318 مبايعة إلى جانب عمليات رهن وهبة، بحسب البيانات الأسبوعية الصادرة عن الجهة المختصة.
K body واستحوذت مبايعات الشقق والفلل على الحصة الأكبر بقيمة 2.9 مليار درهم، فيما سُجلت 212 مبايعة للأراضي بقيمة 860 مليون درهم، تصدّرتها منطقة الخليج التجاري.
K body وسجلت أعلى صفقة خلال الأسبوع بيع قطعة أرض في نخلة جميرا بقيمة 165 مليون درهم، تلتها شقة في وسط المدينة بقيمة 48 مليون درهم.
D app-prompt حمّل تطبيق نبض الخليج 24 لتصلك الأخبار العاجلة أولاً بأول
K body وقال مدير إحدى شركات الوساطة العقارية إن الطلب ما زال مدفوعاً بالمستثمرين الأجانب والمقيمين الذين يفضلون التملك على الإيجار، لافتاً إلى أن إعلان عدد من المطورين عن خطط سداد تمتد إلى ما بعد التسليم شجّع شريحة جديدة من المشترين.
K body وتوقع أن تحافظ السوق على زخمها حتى نهاية العام، مع ترقب طرح مشاريع جديدة في مناطق الضواحي بأسعار أقل من المتوسط.
M email-placeholder-inside-sentence ⟪ولمزيد من المعلومات حول البيانات الأسبوعية يمكن مراسلة قسم الإحصاء على البريد ⟫⟦[email protected]⟧⟪ أو زيارة مراكز خدمة المتعاملين.⟫
D pagination الصفحة 1 من 1
D follow-google-news تابعوا نبض الخليج 24 على Google News
D follow-whatsapp انضم إلى قناتنا على واتساب
D sms-subscription للاشتراك في خدمة الأخبار العاجلة عبر الرسائل القصيرة أرسل (نبض) إلى 4455 لمشتركي اتصالات و 2299 لمشتركي du
~
D related-heading أخبار متعلقة
D teaser-glued-blurb ارتفاع الإيجارات في الشارقة 9% خلال الربع الثالثتوقعات بتباطؤ النمو في النصف الأول من العام المقبل بسبب زيادة المعروض
D teaser-glued-blurb هل انتهى زمن الشقق الصغيرة؟قراءة في بيانات الطلب على الوحدات السكنية خلال عامين
D teaser-glued-blurb مطور عقاري يطلق مشروعاً بقيمة مليار درهم.. التفاصيلالمشروع يضم 900 وحدة ويكتمل تسليمه في 2027
D comment-count التعليقات 0
D comment-prompt كن أول من يعلق
D mostread-heading الأكثر قراءة
D mostread سعر الذهب اليوم في الإمارات
D mostread-count 45,210 قراءة
D mostread تعديل مواعيد الدوام المدرسي.. تعرّف على التفاصيل
D mostread-count 31,877 قراءة
D footer-links من نحن | فريق العمل | اتصل بنا | الشروط والأحكام | سياسة الخصوصية | RSS
D copyright جميع الحقوق محفوظة © 2024 نبض الخليج 24
""",
}

ARTICLES["a12_news_education"] = {
    "site": "الميدان الإخبارية (Al-Maidan, Jordan)",
    "page": "article: news, education (exam results)",
    "note": "Title starting with 'إعلان'. Eastern digits and Levantine month names, a fully vowelled quotation (harakat), two-line dateline (place, then date), caption, one-sentence paragraph, source line (either). Top links, masthead, glued menu, breadcrumb, Google News / Telegram follow prompts, ad label with tatweel 'إعـلان', 'شاهد أيضاً' video teasers each followed by a date | views line, 'آخر الأخبار' times glued to headlines in one line, comment-policy line, comment box, glued footer, copyright.",
    "text": r"""
D top-links اتصل بنا | أعلن معنا | English
D masthead الميدان الإخبارية
D menu-glued محلياتبرلمانياتاقتصادجامعاتمقالاتكاريكاتيرفيديو
D breadcrumb الرئيسية / محليات
~
K title إعلان نتائج امتحان الثانوية العامة الأحد.. ونسبة النجاح ٦٨٪
K dateline-place عمّان - الميدان
E dateline السبت، ٢٠ تموز ٢٠٢٤ - ٦:٣٠ م
K body قال وزير التربية والتعليم إن نتائج امتحان شهادة الدراسة الثانوية العامة للدورة الصيفية ستُعلن عند الساعة العاشرة من صباح يوم الأحد، وستكون متاحة للطلبة عبر الموقع الإلكتروني للوزارة والرسائل النصية.
K body وبيّن الوزير في مؤتمر صحفي أن نسبة النجاح العامة بلغت ٦٨٪، بارتفاع طفيف عن العام الماضي، فيما حصل ٢١٤ طالباً وطالبة على معدلات كاملة في الفروع المختلفة.
K caption وزير التربية والتعليم خلال المؤتمر الصحفي (تصوير: الميدان)
K body وأكد أن الوزارة لن تعلن أسماء الأوائل هذا العام «مُرَاعَاةً لِلْحَالَةِ النَّفْسِيَّةِ لِلطَّلَبَةِ الَّذِينَ لَمْ يُوَفَّقُوا»، مضيفاً أن المدارس ستتسلم كشوف العلامات يوم الإثنين.
K body وفيما يخص الاعتراض على النتائج، أوضح أن باب تقديم طلبات إعادة الجمع سيُفتح إلكترونياً لمدة خمسة أيام بدءاً من صباح الثلاثاء.
K short-paragraph ولم تُسجَّل أي حالة غش إلكتروني خلال الامتحانات هذا العام.
E source-line المصدر: وكالة الأنباء الرسمية
D follow-google-news تابعوا الميدان على Google News
D follow-telegram انضموا لقناتنا على تيليغرام
D ad إعـلان
~
D watch-also-heading شاهد أيضاً
D video-teaser بالفيديو.. لحظة وصول الأسئلة إلى مراكز الامتحان
D video-teaser-meta ١٩ تموز ٢٠٢٤ | ٣٬٢١٠ مشاهدة
D video-teaser طالبة تحصل على ٩٩.٨ بعد غياب شهر بسبب المرض!!
D video-teaser-meta ١٨ تموز ٢٠٢٤ | ١٢٬٠٠٥ مشاهدة
D latest-heading آخر الأخبار
D latest-glued-times ١٠:٤٥الأرصاد: ارتفاع على درجات الحرارة مطلع الأسبوع١٠:٣٠الأمن العام يحذر من حملات احتيال إلكتروني١٠:١٢أسعار الذهب تستقر في السوق المحلية
D comment-policy جميع التعليقات تخضع للمراجعة قبل النشر، و"الميدان" غير مسؤولة عن مضمونها.
D comment-box اكتب تعليقك هنا
D footer-links-glued سياسة الخصوصيةشروط الاستخدامهيئة التحريرخريطة الموقع
D copyright جميع الحقوق محفوظة لشبكة الميدان الإخبارية © ٢٠٢٤
""",
}

OTHERS = {}

OTHERS["n01_section_front"] = {
    "site": "البوصلة نيوز (al-Bosla news)",
    "page": "no article: section front (economy teasers)",
    "note": "Economy section front. Menu one item per line, section heading, glued sub-section links, seven teaser cards (headline / date / section chip / blurb / read-more) with one card glued into a single line, headlines of the X.. Y, ؟ and !! shapes, ad label, glued pagination, newsletter, glued footer, copyright. Teaser headlines and blurbs either; everything else drop.",
    "text": r"""
D masthead البوصلة نيوز
D menu الرئيسية
D menu أخبار
D menu اقتصاد
D menu رياضة
D menu تكنولوجيا
D menu فن
D menu المزيد
~
D section-heading اقتصاد
D subsection-links-glued بنوكأسواقطاقةزراعةسياحة
E teaser-headline البنوك تخفض عمولات التحويل الدولي حتى نهاية العام
D teaser-date 12 نوفمبر 2024
D teaser-section بنوك
E teaser-blurb قررت خمسة بنوك كبرى خفض رسوم الحوالات الخارجية بنسبة تصل إلى النصف، ضمن حملة لتشجيع التحويلات عبر القنوات الرسمية...
D read-more اقرأ المزيد
E teaser-headline أسعار الطماطم تهبط 40% مع دخول العروة الجديدة
D teaser-date 12 نوفمبر 2024
D teaser-section أسواق
E teaser-blurb تراجعت أسعار الطماطم في أسواق الجملة بعد وصول إنتاج المحافظات الجنوبية، ويتوقع التجار مزيداً من الانخفاض...
D read-more اقرأ المزيد
E teaser-headline هل تعود رحلات الطيران منخفض التكلفة إلى المطارات الإقليمية؟
D teaser-date 11 نوفمبر 2024
D teaser-section سياحة
E teaser-blurb تدرس ثلاث شركات طيران إعادة تشغيل خطوطها الداخلية بعد توقف دام عامين، وسط مطالب بتخفيض رسوم الهبوط...
D read-more اقرأ المزيد
D ad إعلان
M teaser-card-glued ⟦محطة رياح جديدة بقدرة 500 ميغاوات.. والتشغيل خلال عام⟧11 نوفمبر 2024طاقة⟦وقّعت الحكومة اتفاقية مع تحالف من شركتين لإنشاء المحطة على ساحل البحر الأحمر بتمويل من بنوك تنمية...⟧اقرأ المزيد
E teaser-headline المزارعون يطالبون بتسعير القمح قبل موسم الزراعة!!
D teaser-date 10 نوفمبر 2024
D teaser-section زراعة
E teaser-blurb طالبت نقابة الفلاحين بإعلان سعر توريد القمح مبكراً لتشجيع التوسع في المساحات المزروعة...
D read-more اقرأ المزيد
E teaser-headline البورصة تربح 12 مليار جنيه في ختام تعاملات الأسبوع
D teaser-date 10 نوفمبر 2024
D teaser-section أسواق
E teaser-blurb ارتفع المؤشر الرئيسي 1.8% بدعم من مشتريات الأجانب على أسهم القطاع المصرفي...
D read-more اقرأ المزيد
E teaser-headline فنادق الساحل تسجل إشغالاً 90%.. والأسعار ترتفع
D teaser-date 9 نوفمبر 2024
D teaser-section سياحة
E teaser-blurb قال مسؤولون في غرفة المنشآت الفندقية إن موسم الخريف فاق التوقعات للمرة الأولى منذ خمس سنوات...
D read-more اقرأ المزيد
~
D pagination-glued 12345التالي »
D newsletter اشترك في نشرة البوصلة الاقتصادية وتابع الأسواق يومياً
D footer-links-glued من نحناتصل بناأعلن معناسياسة الخصوصية
D copyright © 2024 البوصلة نيوز. جميع الحقوق محفوظة
""",
}

OTHERS["n02_link_directory"] = {
    "site": "دليل الشبكة العربية (Dalil al-Shabaka)",
    "page": "no article: link directory",
    "note": "Web directory category page. Masthead with tagline, glued menu, search box, breadcrumb, category heading with count, sub-category links with ' | ', directory entries 'name - blurb' (three long glued lines of several entries and four one-entry lines; either), per-entry visit/rating meta lines, 'مواقع مقترحة' box heading, add-your-site prompt, footer with ' - ', copyright.",
    "text": r"""
D masthead دليل الشبكة العربية - أكبر دليل للمواقع العربية منذ 2009
D menu-glued الرئيسيةأضف موقعكأحدث المواقعالأكثر زيارةاتصل بنا
D search-box ابحث في الدليل...
D breadcrumb الدليل » تعليم وثقافة » مكتبات إلكترونية
D category-heading مكتبات إلكترونية (14 موقعاً)
D subcategory-links كتب مجانية | كتب صوتية | مخطوطات | مجلات ثقافية | مكتبات جامعية
~
E directory-entries-glued مكتبة الرفّ العربي - مكتبة رقمية تضم آلاف الكتب في الأدب والتاريخ والفلسفة مع إمكانية البحث في النصوص الكاملة وتحميلها بصيغة PDFمنصة قارئ - تطبيق وموقع للكتب الصوتية بأصوات عربية يتيح الاستماع دون اتصال بالإنترنتأرشيف الصحف القديمة - مشروع تطوعي لرقمنة أعداد الصحف العربية الصادرة بين عامي 1900 و1970
E directory-entries-glued كتب المدار المفتوحة - إصدارات أكاديمية مفتوحة المصدر في العلوم الإنسانية والاجتماعية باللغتين العربية والإنجليزيةمدونة حبر وورق - مراجعات أسبوعية للروايات العربية الحديثة ولقاءات مع الكتّاب الشبابموسوعة المعرفة الميسرة - مقالات تعليمية مبسطة لطلاب المرحلتين الإعدادية والثانوية
E directory-entry مكتبة الطفل الرقمية - قصص مصورة للأطفال من عمر 3 إلى 10 سنوات مع أنشطة قابلة للطباعة
D entry-meta الزيارات: 15,204 | التقييم: 4.5/5
E directory-entry منتدى عشاق الكتب - مجتمع نقاش للقراء يتبادل فيه الأعضاء الترشيحات وملخصات الكتب
D entry-meta الزيارات: 9,870 | التقييم: 4/5
E directory-entry بيت المخطوطات - فهارس لمخطوطات عربية محفوظة في مكتبات حول العالم مع صور لبعض الصفحات
D entry-meta الزيارات: 6,331 | التقييم: 5/5
E directory-entry Arabic Open Texts - نصوص عربية كلاسيكية محققة ومتاحة بترخيص مفتوح للباحثين
D entry-meta الزيارات: 2,118 | التقييم: 3.5/5
~
D box-heading مواقع مقترحة
E directory-entries-glued ديوان الشعر العربي - مختارات من الشعر العربي من العصر الجاهلي حتى اليومقاموس المعاني الميسر - قاموس عربي عربي مع أمثلة من الاستعمال الحديث
D add-site-prompt هل تملك موقعاً عربياً مفيداً؟ أضف موقعك مجاناً إلى الدليل
D footer-links الرئيسية - شروط الإضافة - سياسة الخصوصية - اتصل بنا
D copyright جميع الحقوق محفوظة © دليل الشبكة العربية 2009 - 2024
""",
}

OTHERS["n03_portal_front"] = {
    "site": "بوابة الواحة (Al Waha Portal)",
    "page": "no article: portal front page (boxes)",
    "note": "Old-style portal front. Bilingual masthead, glued menu, date widget, boxes each with a heading (أخبار عربية, رياضة, منوعات, منتديات الواحة) whose items are teaser headlines (either) followed by 'المزيد »'; weather, currency, horoscope and poll boxes (widget data, drop); login box; glued footer, copyright.",
    "text": r"""
D masthead بوابة الواحة | Al Waha Portal
D menu-glued الرئيسيةأخباربريد الواحةمنتدياتدردشةألعابأبراجوظائف
D date-widget الأحد 3 مارس 2024 - 22 شعبان 1445
D login-box اسم المستخدم
D login-box كلمة المرور
D login-box دخول | تسجيل جديد
~
D box-heading أخبار عربية
E box-item قمة عربية طارئة الأسبوع المقبل لبحث أزمة المياه
E box-item انتخابات بلدية في ثلاث دول عربية خلال الربيع
E box-item وزراء النقل العرب يقرون مشروع الربط السككي.. والتمويل معلق
D box-more المزيد »
D box-heading رياضة
E box-item المنتخب يستعد لتصفيات كأس العالم بمعسكر في إسبانيا
E box-item من يخلف المدرب الوطني بعد الخروج من البطولة؟
E box-item سباح عربي يحطم الرقم القياسي القاري!!
D box-more المزيد »
D box-heading الطقس
D weather-widget الرياض 24° | جدة 29° | دبي 27° | القاهرة 21° | عمّان 14° | الدار البيضاء 19°
D box-heading أسعار العملات
D currency-widget الدولار الأمريكي 3.75 | اليورو 4.06 | الجنيه الإسترليني 4.74 | الين الياباني 0.025
D box-heading منوعات
E box-item أطول شجرة نخيل في العالم تدخل موسوعة الأرقام القياسية
E box-item دراسة: شرب القهوة صباحاً يحسن التركيز لدى الطلاب
D box-more المزيد »
D box-heading أبراج اليوم
D horoscope-widget الحمل الثور الجوزاء السرطان الأسد العذراء الميزان العقرب القوس الجدي الدلو الحوت
D box-heading استطلاع الرأي
D poll-question هل تؤيد العمل عن بعد يوماً واحداً في الأسبوع؟
D poll-options نعم
D poll-options لا
D poll-options لا أدري
D poll-buttons صوّتالنتائج
D box-heading منتديات الواحة: آخر المواضيع
E forum-item طلب مساعدة في برنامج تصميم الشعارات
E forum-item تجربتي مع تعلم اللغة الألمانية في ستة أشهر
E forum-item أفضل الأماكن السياحية في تركيا للعائلات؟
D forum-meta الأعضاء المتواجدون الآن: 312
~
D footer-links-glued عن الواحةأعلن معناسياسة الخصوصيةاتصل بنا
D copyright © 2003 - 2024 بوابة الواحة. جميع الحقوق محفوظة
""",
}

OTHERS["c01_control"] = {
    "site": "control: clean article text (crafts feature)",
    "page": "control (article text only)",
    "note": "Feature on a coppersmiths' market. Every line keep: title, six paragraphs, a quoted question ending in ؟, a one-sentence paragraph.",
    "text": r"""
K title سوق النحاسين.. مطارق تقاوم الصمت
K body في الزقاق الضيق المتفرع من الجامع الكبير، ما زال صوت المطارق على صفائح النحاس يعلو فوق ضجيج المارة، وإن كان أخفت مما كان عليه قبل ثلاثين عاماً. كانت السوق تضم آنذاك أكثر من أربعين ورشة، ولم يبق منها اليوم سوى إحدى عشرة.
K body يجلس الحاج عبد الرزاق على كرسي خشبي منخفض أمام ورشته منذ الصباح الباكر، يطرق صينية كبيرة سيزين حوافها بنقوش نباتية. تعلم الصنعة من أبيه، وأبوه تعلمها من جده، ويقول إن الصينية الواحدة تحتاج إلى أسبوع كامل من العمل إذا كانت النقوش دقيقة.
K quoted-question ويضيف وهو يرفع رأسه عن العمل: "من يشتري اليوم صينية بأسبوع عمل، وهو يجد في المتجر صينية مطبوعة بربع ثمنها؟"
K body يرى الحرفيون أن الأزمة بدأت مع دخول الأواني المصنّعة الرخيصة، ثم تفاقمت مع ارتفاع أسعار النحاس الخام عالمياً. كثير من أبنائهم اتجهوا إلى وظائف أخرى، ولم يعد الصبية يأتون إلى الورش كما كانوا يفعلون في العطلات الصيفية.
K body لكن السوق لم تفقد زوارها تماماً. فالسياح يتوقفون أمام الواجهات لالتقاط الصور، وبعض المطاعم الجديدة في المدينة صارت تطلب أطقماً نحاسية بتصاميم خاصة لتزيين صالاتها، وهو ما منح بعض الورش دخلاً إضافياً في السنوات الأخيرة.
K body وقد أطلقت جمعية محلية العام الماضي برنامجاً لتدريب الشباب على الصنعة مقابل منح شهرية صغيرة، والتحق به في دورته الأولى اثنا عشر متدرباً، أكمل سبعة منهم التدريب وافتتح اثنان ورشة مشتركة في طرف السوق.
K short-paragraph يقول الحاج عبد الرزاق إن ذلك يكفيه ليطمئن.
""",
}

OTHERS["c02_control"] = {
    "site": "control: clean article text (consumer advice)",
    "page": "control (article text only, with subheading and numbered list)",
    "note": "Advice piece on the summer electricity bill. Every line keep: title, intro, a subheading, a numbered list of seven tips, a second subheading ending in ؟, closing paragraphs including one that mentions an announcement (إعلان).",
    "text": r"""
K title كيف تخفض فاتورة الكهرباء في أشهر الصيف؟
K body ترتفع فواتير الكهرباء في معظم البيوت العربية بين يونيو وسبتمبر إلى ضعف متوسطها في بقية العام أو أكثر، ويعود الجزء الأكبر من هذه الزيادة إلى أجهزة التكييف التي تعمل ساعات طويلة في أوقات الذروة.
K body ولا يتطلب خفض الاستهلاك بالضرورة شراء أجهزة جديدة، إذ يمكن لتغييرات صغيرة في العادات اليومية أن توفر ما بين 15 و30 في المئة من قيمة الفاتورة بحسب تقديرات المختصين.
K subheading نصائح عملية
K list-item 1. اضبط المكيف على 24 درجة مئوية بدلاً من 18، فكل درجة إضافية توفر نحو 6% من استهلاكه.
K list-item 2. نظّف فلاتر المكيف مرة كل أسبوعين على الأقل خلال الصيف.
K list-item 3. أغلق الستائر في الغرف المواجهة للشمس خلال ساعات الظهيرة.
K list-item 4. شغّل الغسالة وسخان الماء بعد العاشرة مساءً حين تكون الشبكة أقل ضغطاً.
K list-item 5. استبدل المصابيح القديمة بمصابيح LED الموفرة.
K list-item 6. افصل الشواحن والأجهزة غير المستخدمة من المقابس بدلاً من تركها في وضع الاستعداد.
K list-item 7. تأكد من إحكام إغلاق الأبواب والنوافذ في الغرف المكيفة.
K subheading هل تستحق الأجهزة الموفرة ثمنها؟
K body يكلّف المكيف من نوع "إنفرتر" أكثر من المكيف العادي بنحو الربع، لكنه يستهلك طاقة أقل بنسبة قد تصل إلى 40%، ما يعني أن فرق السعر يُسترد عادة خلال موسمين أو ثلاثة مواسم صيفية في المناطق الحارة.
K body وكانت وزارة الطاقة قد أعلنت في بداية الصيف عن برنامج لاستبدال الأجهزة القديمة بأقساط ميسرة، وجاء الإعلان بعد تسجيل أعلى حمل على الشبكة منذ عشر سنوات.
K short-paragraph والأهم من ذلك كله أن يعرف أفراد الأسرة لماذا يفعلون ما يفعلون.
""",
}

OTHERS["c03_control"] = {
    "site": "control: clean article text (city news, Eastern digits)",
    "page": "control (article text only)",
    "note": "Short news item with Eastern Arabic digits: title, one-line dateline, four paragraphs, a quoted statement, a one-sentence paragraph. Every line keep.",
    "text": r"""
K title تشغيل تجريبي لحافلات كهربائية على ثلاثة خطوط في العاصمة
E dateline الرباط، ٣ مارس ٢٠٢٤
K body بدأت شركة النقل الحضري صباح اليوم التشغيل التجريبي لـ ١٢ حافلة كهربائية على ثلاثة خطوط تربط وسط المدينة بالأحياء الجنوبية، على أن تستمر التجربة ستة أشهر قبل اتخاذ قرار بتعميمها.
K body وتتسع الحافلة الواحدة لـ ٨٥ راكباً، وتقطع نحو ٢٨٠ كيلومتراً بشحنة واحدة، فيما جرى تجهيز مرأب الشركة بثماني محطات للشحن الليلي.
K body وقال مدير الشركة في تصريح صحفي: "سنقيس خلال هذه المدة الاستهلاك الفعلي وتكاليف الصيانة وآراء الركاب، ولن نوسع الأسطول قبل أن تكون الأرقام واضحة".
K body ولن تتغير أسعار التذاكر خلال فترة التجربة، كما ستُقبل البطاقات الشهرية المعمول بها حالياً على الحافلات الجديدة.
K short-paragraph وتخطط الشركة لإطلاق خط رابع قبل نهاية العام.
""",
}


PAGES = {**ARTICLES, **OTHERS}


def parse_mixed(src):
    out, spans, pos = [], [], 0
    for m in re.finditer(r"⟪(.*?)⟫|⟦(.*?)⟧|([^⟪⟦]+)", src):
        if m.group(1) is not None:
            t, tag = m.group(1), ""
        elif m.group(2) is not None:
            t, tag = m.group(2), "e:"
        else:
            t, tag = m.group(3), None
        if tag is not None and t:
            spans.append(f"{tag}{pos}-{pos + len(t)}")
        out.append(t)
        pos += len(t)
    text = "".join(out)
    if "⟪" in text or "⟫" in text or "⟦" in text or "⟧" in text:
        raise SystemExit(f"unbalanced marker in: {src[:60]}")
    return text, ",".join(spans)


def parse_page(pid, body):
    lines, rows = [], []
    for raw in body.strip("\n").split("\n"):
        if raw == "~":
            lines.append("")
            rows.append(("either", "blank line", ""))
            continue
        m = re.match(r"^([KDEM]) (\S+) (.+)$", raw)
        if not m:
            raise SystemExit(f"{pid}: bad line: {raw!r}")
        code, reason, text = m.groups()
        spans = ""
        if code == "M":
            text, spans = parse_mixed(text)
            if not spans:
                raise SystemExit(f"{pid}: mixed line without spans: {raw[:60]}")
        if text != text.strip() or "\t" in text:
            raise SystemExit(f"{pid}: whitespace problem in line: {text[:60]!r}")
        lines.append(text)
        rows.append((LABELS[code], reason.replace("-", " "), spans))
    return lines, rows


def main():
    os.makedirs(os.path.join(HERE, "data"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    docs = []
    for pid, p in PAGES.items():
        lines, rows = parse_page(pid, p["text"])
        with open(os.path.join(HERE, "data", pid + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        with open(os.path.join(HERE, "gold", pid + ".gold.tsv"), "w", encoding="utf-8") as f:
            f.write("line\tsha1\tlabel\treason\tspans\n")
            for n, (line, (label, reason, spans)) in enumerate(zip(lines, rows), 1):
                sha = hashlib.sha1(line.encode("utf-8")).hexdigest()
                f.write(f"{n}\t{sha}\t{label}\t{reason}\t{spans}\n")
        docs.append({"id": pid, "site": p["site"], "kind": "synthetic", "page": p["page"],
                     "note": p["note"]})
    with open(os.path.join(HERE, "sources.json"), "w", encoding="utf-8") as f:
        json.dump({"set": "probe_ar",
                   "note": "Synthetic probe set: 18 Arabic web pages written for this probe (imagined sites, "
                           "own wording), rendered as a naive HTML-to-text dump, labelled per line. "
                           "Regenerate with build.py.",
                   "documents": docs}, f, ensure_ascii=False, indent=1)
    # verify
    for d in docs:
        with open(os.path.join(HERE, "data", d["id"] + ".txt"), encoding="utf-8") as f:
            lines = f.read().split("\n")[:-1]
        with open(os.path.join(HERE, "gold", d["id"] + ".gold.tsv"), encoding="utf-8") as f:
            next(f)
            gold = [r.rstrip("\n").split("\t") for r in f if r.strip()]
        assert len(gold) == len(lines), d["id"]
        for g, line in zip(gold, lines):
            assert hashlib.sha1(line.encode("utf-8")).hexdigest() == g[1], (d["id"], g[0])
    print(f"wrote {len(docs)} documents, {sum(len(parse_page(i, p['text'])[0]) for i, p in PAGES.items())} lines")


if __name__ == "__main__":
    main()
