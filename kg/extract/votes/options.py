"""Option words as reporters write them."""

from __future__ import annotations

import re

# An option word in quotation marks ("voting 'no'", "the 140 “yes” votes"): a ballot, not
# a quotation; read as the bare word, one character for one
# (and a verb of voting alone in quotation marks: 'said Fiji "abstained" on the text')
_QUOTED_OPTION = re.compile(
    r"([\"'])(no|yes|nay|aye|against|abstain|abstained|abstaining|vetoed)\1"
)


def unquoted_options(low: str) -> str:
    """``low`` (lowered text) with the quotation marks around option words blanked."""
    if '"' not in low and "'" not in low:
        return low
    return _QUOTED_OPTION.sub(lambda m: f" {m.group(2)} ", low)
