"""客户档案: the customer page, the customer and vehicle forms, transfer and merge, the
import window."""
