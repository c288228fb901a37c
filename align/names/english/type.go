package english

// Type is what kind of thing a name names.
type Type string

// The name types.
const (
	Person       Type = "person"
	Place        Type = "place"
	Organization Type = "organization"
	Other        Type = "other"
)
