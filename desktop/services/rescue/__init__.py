"""The rescue desk (紧急救援, DOMAIN.md section 11): breakdown calls, the vans and partner stations, dispatch, outcomes and times."""
