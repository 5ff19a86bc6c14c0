//! Conversion of byte offsets to UTF-16 code units, the unit of JavaScript strings.

/// Converts byte offsets of `text` to UTF-16 offsets in one pass over the text.
///
/// Every offset must fall on a character boundary of `text` (offsets past the end are clamped to its
/// length). The result is in the same order as `byte_offsets`.
pub fn utf16_offsets(text: &str, byte_offsets: &[usize]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..byte_offsets.len()).collect();
    order.sort_unstable_by_key(|&index| byte_offsets[index]);

    let mut result = vec![0; byte_offsets.len()];
    let mut chars = text.char_indices();
    let mut byte = 0;
    let mut units = 0;
    for index in order {
        let target = byte_offsets[index].min(text.len());
        while byte < target {
            match chars.next() {
                Some((_, c)) => {
                    byte += c.len_utf8();
                    units += c.len_utf16();
                }
                None => break,
            }
        }
        result[index] = units;
    }
    result
}

/// Returns the largest character boundary of `text` that is at most `limit`.
pub fn floor_char_boundary(text: &str, limit: usize) -> usize {
    if limit >= text.len() {
        return text.len();
    }
    let mut boundary = limit;
    while !text.is_char_boundary(boundary) {
        boundary -= 1;
    }
    boundary
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_astral_characters_as_two_units() {
        let text = "a😊é b";
        let bytes = [0, 1, 5, 7, 8, 9];
        assert_eq!(utf16_offsets(text, &bytes), [0, 1, 3, 4, 5, 6]);
    }

    #[test]
    fn keeps_the_order_of_unsorted_offsets() {
        assert_eq!(utf16_offsets("é😊x", &[6, 0, 2]), [3, 0, 1]);
    }

    #[test]
    fn floors_to_a_boundary() {
        assert_eq!(floor_char_boundary("é", 1), 0);
        assert_eq!(floor_char_boundary("abc", 10), 3);
    }
}
