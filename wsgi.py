from innovation import create_app

app = create_app()
