"""Numbers (digits and words), approximations, vague counts and casualty frames (issue 5)."""
