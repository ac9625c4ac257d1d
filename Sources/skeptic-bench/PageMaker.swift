/// Makes big test inputs of a real page's shape from text written for this project: a saved news page
/// (head with scripts and styles, navigation, cookie banner, ads, share widgets, an article with headings,
/// paragraphs, lists, a quote and an embedded post, comments, footer) and a long Markdown article.
enum PageMaker {
    static let paragraphs = [
        "The harbour authority said on Tuesday that tolls for cargo ships will rise by 4 per cent from April, the third increase in as many years, citing the cost of dredging the outer channel.",
        "Analysts suggest the rise may hit small coastal carriers hardest, although the authority argues that most of the cost will be absorbed by the largest container lines.",
        "“We have no choice if we want the channel open to the next generation of ships,” the harbour master, Pell Odun, told reporters at a briefing in the port offices.",
        "Figures published in the annual report show traffic fell by 2.3 per cent last year, while revenue rose to €41.6m, largely because of last year's increase in fees.",
        "Some shipping agents say the change could push smaller lines towards the rival port of Kellsbridge, which has frozen its charges until the end of next year.",
    ]

    static func html(bytes target: Int) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>Harbour tolls rise again | The Coast Gazette</title>
            <meta property="og:title" content="Harbour tolls rise again">
            <meta property="og:site_name" content="The Coast Gazette">
            <meta name="author" content="Ines Abara">
            <meta property="article:published_time" content="2025-03-04T09:00:00Z">
            <style>body{font-family:serif}.nav a{color:#333}.ad-slot{min-height:250px}</style>
            <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}var promo="Subscribe now for full access";</script>
            </head><body>
            <header class="site-header"><a href="/" class="logo">The Coast Gazette</a>
            <nav class="nav"><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <div id="cookie-banner">We use cookies to give you the best experience. <button>Accept all</button></div>
            <main><article><h1>Harbour tolls rise again</h1><p class="byline">By Ines Abara</p>

            """
        var section = 0
        while out.utf8.count < target - 4096 {
            section += 1
            out += "<h2>Part \(section) of the story</h2>\n"
            for (i, p) in paragraphs.enumerated() {
                out += "<p>\(p) <a href=\"https://example.org/r/\(section)/\(i)\">Source</a>.</p>\n"
            }
            out += "<div class=\"ad-slot\"><ins class=\"adsbygoogle\">Advertisement</ins></div>\n"
            out += "<ul><li>Cargo tolls: up 4%</li><li>Passenger fees: unchanged</li></ul>\n"
            if section % 10 == 1 {
                out += "<blockquote class=\"twitter-tweet\"><p lang=\"en\" dir=\"ltr\">JUST IN: Harbour tolls to rise 4% from April <a href=\"https://t.co/x\">pic.twitter.com/Ab12Cd</a></p>&mdash; Coast News (@coastnews) <a href=\"https://twitter.com/coastnews/status/1\">March 4, 2025</a></blockquote>\n"
            }
            out += "<div class=\"share-buttons\"><a href=\"#\">Share on Facebook</a><a href=\"#\">Share on X</a></div>\n"
        }
        out += """
            </article></main>
            <aside class="most-read"><h2>Most read</h2><ol><li><a href="/a">Ferry strike called off</a></li><li><a href="/b">New lighthouse keeper named</a></li></ol></aside>
            <section class="comments"><h2>Comments</h2><div class="comment"><p>About time the big lines paid their share.</p></div></section>
            <footer class="site-footer"><p>© 2025 The Coast Gazette. All rights reserved.</p></footer>
            <script src="/js/app.js"></script></body></html>

            """
        return out
    }

    /// One sentence of `target` bytes with no full stop until its end, thick with the words the hedge rules
    /// look around (modals, "would" after a past verb, "may sometimes", "critics", "nearly 40"): the worst case
    /// for context tests that scan a sentence, which must stay linear.
    static func sentence(bytes target: Int) -> String {
        let parts = [
            "in the 1970s the critics said that prices would later rise and that shoppers may sometimes pay nearly 40 ",
            "per cent more, while some analysts warned that fares could also be raised if the levy were agreed and ",
            "the council would go on to claim that the island is claimed by both towns so that we may remember them ",
        ]
        var out = "One long sentence\n\n"
        var k = 0
        while out.utf8.count < target {
            out += parts[k % parts.count]
            k += 1
        }
        return out + "and that is all.\n"
    }

    static func markdown(bytes target: Int) -> String {
        var out = "---\ntitle: Harbour tolls rise again\nauthor: Ines Abara\ndate: 2025-03-04\n---\n\n"
        var section = 0
        while out.utf8.count < target {
            section += 1
            out += "## Part \(section) of the story\n\n"
            for (i, p) in paragraphs.enumerated() {
                out += p + " See [the source](https://example.org/r/\(section)/\(i)) and *note* the **figures**.\n\n"
            }
            out += "- Cargo tolls: up 4%\n- Passenger fees: unchanged\n  - Season tickets: frozen\n\n"
            out += "> “We have no choice,” the harbour master said.\n> — Pell Odun, harbour master\n\n"
            out += "| Year | Toll | Change |\n|---|---:|---|\n| 2023 | 12 | flat |\n| 2024 | 15 | up |\n\n"
            out += "```\ntoll = base * 1.04\n```\n\n"
        }
        return out
    }
}
