"""Action plans: tree, forms, execution reports and export."""
