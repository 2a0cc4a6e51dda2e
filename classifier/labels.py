"""The label strings of the coding scheme (data/codebook.md). Everything analyst-facing uses these."""

STATUS_LABELS: tuple[str, ...] = (
    "enacted",
    "planned",
    "provision_without_guidelines",
    "not_in_place",
    "no_information",
)

ENTITY_LABELS: tuple[str, ...] = ("GOV_ORG", "LAW", "POLICY", "PARTNER", "PORTAL", "URL")

UNDETERMINED_LANGUAGE = "und"

ANSWER_KINDS: tuple[str, ...] = ("contact", "choice", "text")
