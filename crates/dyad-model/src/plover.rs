//! PLOVER enums: the 16 event categories, their quad classes, and modality.

use crate::UnknownName;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// The four PLOVER quad classes, serialized as 1–4 (GDELT's QuadClass order).
///
/// ```
/// use dyad_model::QuadClass;
///
/// let q = QuadClass::from_number(4).unwrap();
/// assert_eq!(q, QuadClass::MaterialConflict);
/// assert!(!q.is_cooperation());
/// assert_eq!(QuadClass::from_number(5), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    /// 1: AGREE, CONSULT, SUPPORT, CONCEDE.
    VerbalCooperation = 1,
    /// 2: COOPERATE, AID, RETREAT.
    MaterialCooperation = 2,
    /// 3: REQUEST, ACCUSE, REJECT, SANCTION, THREATEN.
    VerbalConflict = 3,
    /// 4: PROTEST, MOBILIZE, COERCE, ASSAULT.
    MaterialConflict = 4,
}

impl QuadClass {
    /// The class number 1–4.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The class for a number 1–4.
    pub fn from_number(n: u8) -> Option<Self> {
        Some(match n {
            1 => QuadClass::VerbalCooperation,
            2 => QuadClass::MaterialCooperation,
            3 => QuadClass::VerbalConflict,
            4 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// True for the two cooperation classes.
    pub fn is_cooperation(self) -> bool {
        matches!(self, QuadClass::VerbalCooperation | QuadClass::MaterialCooperation)
    }
}

impl Serialize for QuadClass {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for QuadClass {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = u8::deserialize(d)?;
        QuadClass::from_number(n).ok_or_else(|| serde::de::Error::custom(format!("quad class {n} is not 1-4")))
    }
}

macro_rules! categories {
    ($($variant:ident = $name:literal, $quad:ident;)*) => {
        /// The 16 PLOVER event categories.
        ///
        /// ```
        /// use dyad_model::{Category, QuadClass};
        ///
        /// let c: Category = "sanction".parse().unwrap();
        /// assert_eq!(c.as_str(), "SANCTION");
        /// assert_eq!(c.quad(), QuadClass::VerbalConflict);
        /// // Older PLOVER names still parse.
        /// assert_eq!("YIELD".parse::<Category>().unwrap(), Category::Concede);
        /// assert_eq!(Category::ALL.len(), 16);
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum Category {
            $(#[doc = concat!("PLOVER ", $name, ".")] #[serde(rename = $name)] $variant,)*
        }

        impl Category {
            /// All categories in PLOVER order.
            pub const ALL: [Category; 16] = [$(Category::$variant,)*];

            /// The upper-case PLOVER name.
            pub fn as_str(self) -> &'static str {
                match self { $(Category::$variant => $name,)* }
            }

            /// The quad class the category belongs to.
            pub fn quad(self) -> QuadClass {
                match self { $(Category::$variant => QuadClass::$quad,)* }
            }
        }

        impl FromStr for Category {
            type Err = UnknownName;
            /// Parses a PLOVER name, case-insensitively; `YIELD` is read as CONCEDE
            /// and `DEMAND` as REQUEST (older PLOVER names).
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let up = s.trim().to_ascii_uppercase();
                match up.as_str() {
                    $($name => Ok(Category::$variant),)*
                    "YIELD" => Ok(Category::Concede),
                    "DEMAND" => Ok(Category::Request),
                    _ => Err(UnknownName(s.to_string())),
                }
            }
        }
    };
}

categories! {
    Agree = "AGREE", VerbalCooperation;
    Consult = "CONSULT", VerbalCooperation;
    Support = "SUPPORT", VerbalCooperation;
    Concede = "CONCEDE", VerbalCooperation;
    Cooperate = "COOPERATE", MaterialCooperation;
    Aid = "AID", MaterialCooperation;
    Retreat = "RETREAT", MaterialCooperation;
    Request = "REQUEST", VerbalConflict;
    Accuse = "ACCUSE", VerbalConflict;
    Reject = "REJECT", VerbalConflict;
    Sanction = "SANCTION", VerbalConflict;
    Threaten = "THREATEN", VerbalConflict;
    Protest = "PROTEST", MaterialConflict;
    Mobilize = "MOBILIZE", MaterialConflict;
    Coerce = "COERCE", MaterialConflict;
    Assault = "ASSAULT", MaterialConflict;
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the text presents an event.
///
/// ```
/// use dyad_model::Modality;
///
/// let m: Modality = serde_json::from_str("\"negated\"").unwrap();
/// assert_eq!(m, Modality::Negated);
/// assert_eq!(m.as_str(), "negated");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact by the article.
    Asserted,
    /// Attributed to a source ("officials say…").
    Reported,
    /// Possible, conditional ("could", "potrebbe").
    Hypothetical,
    /// Expected or announced for the future ("will", "si prevede").
    Future,
    /// Stated as not having happened ("did not sign").
    Negated,
}

impl Modality {
    /// The lowercase name used in the record.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Reported => "reported",
            Modality::Hypothetical => "hypothetical",
            Modality::Future => "future",
            Modality::Negated => "negated",
        }
    }
}

impl FromStr for Modality {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "asserted" => Modality::Asserted,
            "reported" => Modality::Reported,
            "hypothetical" => Modality::Hypothetical,
            "future" => Modality::Future,
            "negated" => Modality::Negated,
            _ => return Err(UnknownName(s.to_string())),
        })
    }
}

impl fmt::Display for Modality {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_round_trips_through_its_name_and_json() {
        for c in Category::ALL {
            assert_eq!(c.as_str().parse::<Category>().unwrap(), c);
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
        assert_eq!("yield".parse::<Category>().unwrap(), Category::Concede);
        assert!("DANCE".parse::<Category>().is_err());
    }

    #[test]
    fn quad_classes_follow_plover_and_serialize_as_numbers() {
        // PLOVER: 4 verbal-cooperation, 3 material-cooperation, 5 verbal-conflict, 4 material-conflict.
        for (q, expected) in [(1u8, 4usize), (2, 3), (3, 5), (4, 4)] {
            let n = Category::ALL.iter().filter(|c| c.quad().number() == q).count();
            assert_eq!(n, expected, "quad {q}");
        }
        assert_eq!(serde_json::to_string(&QuadClass::MaterialConflict).unwrap(), "4");
        assert!(serde_json::from_str::<QuadClass>("5").is_err());
    }
}
